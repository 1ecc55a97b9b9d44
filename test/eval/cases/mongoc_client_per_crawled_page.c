// SOURCE: https://github.com/dezcore/zungoliant/blob/HEAD/include/db/db.h (init_mongo_client(mongoc_client_t **client) / free_mongo_client helpers used around each save; src/db/db.c) - rendered: the crawler saves each page through a freshly created client
// LIBRARY: mongoc
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
// SHAPE: positive - save helper creates and destroys a client per page; the crawl loop calls it for every page
#include <mongoc/mongoc.h>

static int save_page(const char *uri_string, const char *url, const char *html) {
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_new(uri_string); // EXPECT-WARN
  if (!client)
    return -1;
  mongoc_collection_t *pages = mongoc_client_get_collection(client, "zungoliant", "pages");
  bson_t *doc = BCON_NEW("url", BCON_UTF8(url), "html", BCON_UTF8(html));
  bool ok = mongoc_collection_insert_one(pages, doc, NULL, NULL, &error);
  bson_destroy(doc);
  mongoc_collection_destroy(pages);
  mongoc_client_destroy(client);
  return ok ? 0 : -1;
}

void crawl(const char *uri_string, const char **urls, int n) {
  for (int i = 0; i < n; i++)
    save_page(uri_string, urls[i], "<html/>");
}
