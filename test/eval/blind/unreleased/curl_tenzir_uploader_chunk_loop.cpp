// SOURCE: https://github.com/tenzir/tenzir/pull/5136 ("Fix leak of easy handles in curl uploader"; rendered as an uploader that makes an easy handle per chunk and skips a chunk it cannot send)
// LIBRARY: curl
// SHAPE: positive - one easy handle per chunk in a loop; the `continue` on a rejected chunk drops the handle without curl_easy_cleanup
#include <curl/curl.h>

#include <string>
#include <vector>

int uploadChunks(const std::string &Url, const std::vector<std::string> &Chunks) {
  int Failed = 0;
  for (const std::string &Chunk : Chunks) {
    CURL *Easy = curl_easy_init(); // EXPECT-WARN
    if (Easy == nullptr)
      return -1;
    curl_easy_setopt(Easy, CURLOPT_URL, Url.c_str());
    curl_easy_setopt(Easy, CURLOPT_POSTFIELDS, Chunk.c_str());
    if (curl_easy_perform(Easy) != CURLE_OK) {
      ++Failed;
      continue;
    }
    curl_easy_cleanup(Easy);
  }
  return Failed;
}
