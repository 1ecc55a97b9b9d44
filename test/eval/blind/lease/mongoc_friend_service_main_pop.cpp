// SOURCE: public GitHub file (microchat friend-recommendation service main: pops a client to build an index before serving, returns EXIT_FAILURE when the pop gives NULL; search-index id 3602848106; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - lease taken and given back in main; the retry loop keeps it until the index exists
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <cstdlib>
#include <iostream>
#include <unistd.h>

bool CreateIndex(mongoc_client_t *client, const char *db, const char *key,
                 bool unique);
mongoc_client_pool_t *init_mongodb_client_pool(const char *db, int max_size);
void serve(mongoc_client_pool_t *pool);

int main() {
  mongoc_client_pool_t *mongodb_client_pool =
      init_mongodb_client_pool("user", 128);
  mongoc_client_t *mongodb_client = mongoc_client_pool_pop(mongodb_client_pool);
  if (!mongodb_client) {
    std::cout << "Failed to pop user mongoc client";
    return EXIT_FAILURE;
  }
  bool r = false;
  while (!r) {
    r = CreateIndex(mongodb_client, "user", "user_id", true);
    if (!r) {
      std::cout << "Failed to create mongodb index, try again";
      sleep(1);
    }
  }
  mongoc_client_pool_push(mongodb_client_pool, mongodb_client);
  serve(mongodb_client_pool);
  return 0;
}
