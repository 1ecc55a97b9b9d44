// SOURCE: rendered from delimitrou/DeathStarBench mediaMicroservices ReviewStorageHandler::ReadReviews (public GitHub file, search-index id 4179171633; the index does not name its repository); the original pushes before each throw, here the second throw in the fetch loop (added for a truncated value) does not
// LIBRARY: memcached
// SHAPE: positive - after memcached_mget, a throw inside the memcached_fetch loop leaves the handler without pushing the popped client; the other throw pushes first
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

struct ServiceException {
  int errorCode;
  std::string message;
};
enum { SE_MEMCACHED_ERROR = 1 };

class ReviewStorageHandler {
public:
  void ReadReviews(std::map<std::string, std::string> &out,
                   const std::vector<std::string> &review_ids);

private:
  memcached_pool_st *_memcached_client_pool;
};

void ReviewStorageHandler::ReadReviews(
    std::map<std::string, std::string> &out,
    const std::vector<std::string> &review_ids) {
  memcached_return_t memcached_rc;
  auto memcached_client = memcached_pool_pop( // EXPECT-WARN
      _memcached_client_pool, true, &memcached_rc);
  if (!memcached_client) {
    ServiceException se;
    se.errorCode = SE_MEMCACHED_ERROR;
    se.message = "Failed to pop a client from memcached pool";
    throw se;
  }

  std::vector<const char *> keys;
  std::vector<size_t> key_sizes;
  for (const auto &id : review_ids) {
    keys.push_back(id.c_str());
    key_sizes.push_back(id.size());
  }
  memcached_rc = memcached_mget(memcached_client, keys.data(),
                                key_sizes.data(), keys.size());
  if (memcached_rc != MEMCACHED_SUCCESS) {
    ServiceException se;
    se.errorCode = SE_MEMCACHED_ERROR;
    se.message = memcached_strerror(memcached_client, memcached_rc);
    memcached_pool_push(_memcached_client_pool, memcached_client);
    throw se;
  }

  char return_key[MEMCACHED_MAX_KEY];
  size_t return_key_length;
  size_t return_value_length;
  uint32_t flags;
  while (true) {
    char *return_value =
        memcached_fetch(memcached_client, return_key, &return_key_length,
                        &return_value_length, &flags, &memcached_rc);
    if (return_value == nullptr)
      break;
    if (return_value_length == 0) {
      free(return_value);
      ServiceException se;
      se.errorCode = SE_MEMCACHED_ERROR;
      se.message = "empty review in memcached";
      throw se;
    }
    out.emplace(std::string(return_key, return_key_length),
                std::string(return_value, return_value_length));
    free(return_value);
  }
  memcached_quit(memcached_client);
  memcached_pool_push(_memcached_client_pool, memcached_client);
}
