// SOURCE: DeathStarBench-derived social network, HomeTimelineHandler::ReadHomeTimeline (public GitHub file; search-index id 41605680539; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: positive - the memcached client is popped inside a try block whose catch(...) only drops the thrift client and rethrows; when the post-storage RPC (or the JSON parse) throws after the pop, the memcached client never goes back to its pool
// FLAGS:
#include <libmemcached/memcached.h>
#include <libmemcached/util.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

struct Post {
  int64_t post_id = 0;
  std::string text;
};

struct ServiceException {
  int errorCode = 0;
  std::string message;
};

struct PostStorageClient {
  // Thrift call: throws on transport errors.
  void ReadPosts(std::vector<Post> &Out, int64_t ReqId,
                 const std::vector<int64_t> &Ids,
                 const std::map<std::string, std::string> &Carrier);
};

struct PostClientPool {
  PostStorageClient *Pop();
  void Keepalive(PostStorageClient *C);
  void Remove(PostStorageClient *C);
};

Post ParsePost(const char *Json, size_t Len); // may throw

class HomeTimelineHandler {
public:
  void ReadPosts(std::vector<Post> &_return, int64_t req_id,
                 const std::vector<int64_t> &post_ids,
                 const std::map<std::string, std::string> &carrier);

private:
  memcached_pool_st *_memcached_client_pool;
  PostClientPool *_post_client_pool;
};

void HomeTimelineHandler::ReadPosts(
    std::vector<Post> &_return, int64_t req_id,
    const std::vector<int64_t> &post_ids,
    const std::map<std::string, std::string> &carrier) {
  PostStorageClient *post_client = _post_client_pool->Pop();
  if (!post_client) {
    ServiceException se;
    se.message = "Failed to connect to post-storage-service";
    throw se;
  }
  try {
    if (post_ids.empty())
      return;
    std::set<int64_t> not_cached(post_ids.begin(), post_ids.end());
    memcached_return_t memcached_rc;
    auto memcached_client = memcached_pool_pop(_memcached_client_pool, true, &memcached_rc); // EXPECT-WARN
    if (!memcached_client) {
      ServiceException se;
      se.message = "Failed to pop a client from memcached pool";
      throw se;
    }
    std::vector<std::string> keys;
    std::vector<const char *> key_ptrs;
    std::vector<size_t> key_sizes;
    for (int64_t id : post_ids)
      keys.push_back(std::to_string(id));
    for (const std::string &k : keys) {
      key_ptrs.push_back(k.c_str());
      key_sizes.push_back(k.size());
    }
    memcached_rc = memcached_mget(memcached_client, key_ptrs.data(),
                                  key_sizes.data(), keys.size());
    if (memcached_rc != MEMCACHED_SUCCESS) {
      ServiceException se;
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
      Post post = ParsePost(return_value, return_value_length);
      free(return_value);
      not_cached.erase(post.post_id);
      _return.push_back(post);
    }
    memcached_quit(memcached_client);

    if (!not_cached.empty()) {
      std::vector<int64_t> other_ids(not_cached.begin(), not_cached.end());
      std::vector<Post> fetched;
      post_client->ReadPosts(fetched, req_id, other_ids, carrier);
      for (const Post &post : fetched) {
        _return.push_back(post);
        std::string id = std::to_string(post.post_id);
        memcached_set(memcached_client, id.c_str(), id.size(),
                      post.text.c_str(), post.text.size(), 0, 0);
      }
      memcached_pool_push(_memcached_client_pool, memcached_client);
    } else {
      memcached_pool_push(_memcached_client_pool, memcached_client);
    }
  } catch (...) {
    _post_client_pool->Remove(post_client);
    throw;
  }
  _post_client_pool->Keepalive(post_client);
}
