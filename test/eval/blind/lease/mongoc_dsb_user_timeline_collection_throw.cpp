// SOURCE: https://github.com/delimitrou/DeathStarBench socialNetwork/src/UserTimelineService/UserTimelineHandler.h (ReadUserTimeline: `if (!collection) { ...; throw se; }` with no mongoc_client_pool_push)
// LIBRARY: mongoc
// SHAPE: positive - a Thrift handler pops a client; the "no collection" branch throws without pushing it back (the other exits push)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <cstdint>
#include <string>
#include <vector>

struct ServiceException {
  int errorCode;
  std::string message;
};

class UserTimelineHandler {
public:
  void ReadUserTimeline(std::vector<int64_t> &PostIds, int64_t UserId,
                        int Stop);

private:
  mongoc_client_pool_t *_mongodb_client_pool;
};

void UserTimelineHandler::ReadUserTimeline(std::vector<int64_t> &PostIds,
                                           int64_t UserId, int Stop) {
  if (static_cast<int>(PostIds.size()) >= Stop)
    return;
  mongoc_client_t *mongodb_client =
      mongoc_client_pool_pop(_mongodb_client_pool); // EXPECT-WARN
  if (!mongodb_client) {
    ServiceException se{1, "Failed to pop a client from MongoDB pool"};
    throw se;
  }
  auto collection = mongoc_client_get_collection(
      mongodb_client, "user-timeline", "user-timeline");
  if (!collection) {
    ServiceException se{1, "Failed to create collection user-timeline"};
    throw se;
  }
  bson_t *query = BCON_NEW("user_id", BCON_INT64(UserId));
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(collection, query, nullptr, nullptr);
  const bson_t *doc;
  while (mongoc_cursor_next(cursor, &doc))
    PostIds.push_back(UserId);
  bson_destroy(query);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(_mongodb_client_pool, mongodb_client);
}
