// SOURCE: https://github.com/delimitrou/DeathStarBench mediaMicroservices/src/MovieIdService/MovieIdHandler.h (UploadMovieId: memcached_pool_pop into a variable of the enclosing function, inside a std::async lambda, pushed at the lambda's end)
// LIBRARY: memcached
// SHAPE: negative - the lease is taken and given back inside a std::async task lambda; the variable holding it is captured by reference from the handler
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <cstdio>
#include <future>
#include <string>

class MovieIdHandler {
public:
  void UploadMovieId(const std::string &title, const std::string &movie_id);

private:
  memcached_pool_st *_memcached_client_pool;
};

void MovieIdHandler::UploadMovieId(const std::string &title,
                                   const std::string &movie_id) {
  memcached_return_t memcached_rc;
  memcached_st *memcached_client;
  std::future<void> set_future = std::async(std::launch::async, [&]() {
    memcached_client =
        memcached_pool_pop(_memcached_client_pool, true, &memcached_rc);
    memcached_rc = memcached_set(memcached_client, title.c_str(), title.length(),
                                 movie_id.c_str(), movie_id.length(), 0, 0);
    if (memcached_rc != MEMCACHED_SUCCESS)
      std::fprintf(stderr, "Failed to set movie_id to Memcached: %s\n",
                   memcached_strerror(memcached_client, memcached_rc));
    memcached_pool_push(_memcached_client_pool, memcached_client);
  });
  set_future.get();
}
