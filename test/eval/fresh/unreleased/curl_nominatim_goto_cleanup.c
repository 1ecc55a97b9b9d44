// SOURCE: public GitHub file (addr-osmify C port, queryNominatim(); search-index id 18283583562; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - goto cleanup: every failure jumps to one label that frees the escaped string, the buffer, the URL and (if set) the easy handle
#define _GNU_SOURCE
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct MemoryStruct {
  char *data;
  size_t size;
};

size_t writeMemoryCallback(void *contents, size_t size, size_t nmemb, void *userp);

char *queryNominatim(const char *query, char **err) {
  char *ret = NULL;
  CURL *curl = NULL;
  char *url = NULL;
  struct MemoryStruct mem;
  mem.data = malloc(1);
  mem.size = 0;
  char *escapedQuery = NULL;

  const char *prefix = "https://nominatim.openstreetmap.org/search.php";
  curl = curl_easy_init();
  if (!curl) {
    goto cleanup;
  }

  escapedQuery = curl_easy_escape(curl, query, (int)strlen(query));
  if (asprintf(&url, "%s?q=%s&format=json", prefix, escapedQuery) < 0) {
    goto cleanup;
  }

  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "addr-osmify/1.0");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeMemoryCallback);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &mem);
  int curlRes = curl_easy_perform(curl);
  if (curlRes != CURLE_OK) {
    char *str = NULL;
    asprintf(&str, "nominatim failed: %s", curl_easy_strerror(curlRes));
    if (err) {
      *err = str;
    }
    goto cleanup;
  }

  ret = mem.data;
  mem.data = NULL;

cleanup:
  if (escapedQuery) {
    curl_free(escapedQuery);
  }
  if (mem.data) {
    free(mem.data);
    mem.data = NULL;
  }
  if (url) {
    free(url);
  }
  if (curl) {
    curl_easy_cleanup(curl);
    curl = NULL;
  }
  return ret;
}
