// SOURCE: public GitHub file of a MovieRecommender microservices fork (movie-info service main; search-index id 22760109085; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - the service's main pops a client, pushes it back at once, keeps using it to seed the collection, and pushes it a second time when the collection cannot be opened; the pool then holds the same client twice (Thrift server setup and the bulk insert reduced to declarations). Known limitation: nothing in main is reported
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>

mongoc_client_pool_t *init_mongodb_client_pool(const char *service,
                                               uint32_t max_size);
bool seed_movies(mongoc_collection_t *collection);
void serve(mongoc_client_pool_t *pool, mongoc_client_t *client, int port);

struct ServiceException : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int main(int argc, char **argv) {
  int my_port = argc > 1 ? std::atoi(argv[1]) : 9090;

  mongoc_client_pool_t *mongodb_client_pool =
      init_mongodb_client_pool("movies", 128);
  if (mongodb_client_pool == nullptr) {
    return EXIT_FAILURE;
  }

  mongoc_client_t *mongodb_client = mongoc_client_pool_pop(mongodb_client_pool);
  if (!mongodb_client) {
    std::cerr << "Failed to pop mongoc client" << std::endl;
    return EXIT_FAILURE;
  }

  mongoc_client_pool_push(mongodb_client_pool, mongodb_client);
  std::cout << "Mongodb client push done ..." << std::endl;

  auto collection =
      mongoc_client_get_collection(mongodb_client, "movies", "movie-info");
  if (!collection) {
    mongoc_client_pool_push(mongodb_client_pool, mongodb_client); // EXPECT-WARN
    throw ServiceException("Failed to create collection movie-info");
  }

  if (!seed_movies(collection))
    throw ServiceException("Failed to insert the movies");

  serve(mongodb_client_pool, mongodb_client, my_port);
  return 0;
}
