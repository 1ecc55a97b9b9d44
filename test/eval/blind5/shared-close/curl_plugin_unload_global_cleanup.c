// SOURCE: rendered from host-loaded plugins (collectd/rsyslog/WeeChat-style) that call curl_global_init in their load hook and curl_global_cleanup in plugin_unload (code search "curl_global_cleanup" in "plugin_unload"/"module_unload" functions)
// LIBRARY: curl
// SHAPE: negative - the plugin's unload hook, run once when the host unloads the plugin, frees the plugin's share handle and ends libcurl
#include <curl/curl.h>
#include <stddef.h>

static CURLSH *g_share = NULL;

int plugin_load(void) {
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
    return -1;
  g_share = curl_share_init();
  curl_share_setopt(g_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
  return 0;
}

int plugin_fetch(const char *url) {
  CURL *easy = curl_easy_init();
  if (!easy)
    return -1;
  curl_easy_setopt(easy, CURLOPT_URL, url);
  curl_easy_setopt(easy, CURLOPT_SHARE, g_share);
  CURLcode rc = curl_easy_perform(easy);
  curl_easy_cleanup(easy);
  return rc == CURLE_OK ? 0 : -1;
}

void plugin_unload(void) {
  curl_share_cleanup(g_share);
  curl_global_cleanup();
}
