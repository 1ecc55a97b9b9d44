// SOURCE: rendered from delimitrou/DeathStarBench mediaMicroservices ReviewStorageHandler::ReadReviews (public GitHub file, search-index id 4179171633; the index does not name its repository): a lambda handed to std::async pops its own client; here a MongoDB one, with an early return when the collection cannot be made
// LIBRARY: mongoc
// SHAPE: positive - inside a lambda run by std::async, a NULL collection returns from the lambda without pushing the client the lambda popped
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <future>
#include <map>
#include <string>
#include <vector>

void cache_reviews(mongoc_client_pool_t *pool,
                   const std::map<long, std::string> &review_json_map,
                   std::vector<std::future<void>> &set_futures) {
  set_futures.emplace_back(std::async(std::launch::async, [&]() {
    mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
    if (!client)
      return;
    mongoc_collection_t *coll =
        mongoc_client_get_collection(client, "review", "review_cache");
    if (!coll)
      return;
    for (const auto &it : review_json_map) {
      bson_error_t error;
      bson_t *doc = bson_new_from_json(
          reinterpret_cast<const uint8_t *>(it.second.data()),
          static_cast<ssize_t>(it.second.size()), &error);
      if (!doc)
        continue;
      mongoc_collection_insert_one(coll, doc, nullptr, nullptr, &error);
      bson_destroy(doc);
    }
    mongoc_collection_destroy(coll);
    mongoc_client_pool_push(pool, client);
  }));
}
