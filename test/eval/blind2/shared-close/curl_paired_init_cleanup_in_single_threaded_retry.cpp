// SOURCE: public GitHub file (a tracker beacon that polls two mirrors until one answers; search-index id 36800462104; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - (hard) connectto() brackets one transfer with its own curl_global_init and curl_global_cleanup and is called from the retry loop of a single-threaded main; libcurl counts init/cleanup pairs and no other client of the library exists, so the teardown ends nobody else's use (wasteful, which is resource-per-call-client's concern). The docs report a teardown in frequently invoked code even when the function ran the init itself (expected FP)
#include <curl/curl.h>

#include <iostream>
#include <string>

#define BUFLEN 100000
#define BLANK "000"

static std::string loc = "/tr.aspx?M=0";

std::string connectto(const char *addr) {
  curl_global_init(CURL_GLOBAL_NOTHING);
  CURL *handle = curl_easy_init();
  curl_easy_setopt(handle, CURLOPT_URL, addr);
  char buf[BUFLEN];
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, buf);
  curl_easy_perform(handle);
  curl_easy_cleanup(handle);
  curl_global_cleanup();
  return "  ";
}

int main() {
  std::string saddra = "droid.taxitron.net" + loc;
  std::string saddrb = "droid.taxitron.com" + loc;
  const char *addra = saddra.c_str();
  const char *addrb = saddrb.c_str();
  bool fail = true;
  std::string data = BLANK;
  while (fail) {
    data = connectto(addra);
    if (data != BLANK) {
      fail = false;
    } else {
      data = connectto(addrb);
      if (data != BLANK) {
        fail = false;
      }
    }
  }
  std::cout << "Yay we have: " << data << std::endl;
  return 0;
}
