// SOURCE: public GitHub file Recorder.cpp of a trading-broker recorder ("db_arbito"; search-index ids 32206221633 and 32304310252; the index does not name its repository), Recorder::recordSystem
// LIBRARY: mongoc
// SHAPE: negative - the record type is appended in a switch whose cases all break; a failed insert is only logged, and the single push after it runs on every path
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <chrono>
#include <cstdio>

enum SystemRecordType { SYSTEM_RECORD_TYPE_SUCCESS, SYSTEM_RECORD_TYPE_ERROR };

class Recorder {
public:
  void recordSystem(const char *message, SystemRecordType type);

private:
  mongoc_client_pool_t *m_pool;
  const char *m_db_name;
  const char *m_broker_name;
};

void Recorder::recordSystem(const char *message, SystemRecordType type) {
  auto milliseconds_since_epoch =
      std::chrono::system_clock::now().time_since_epoch() /
      std::chrono::milliseconds(1);
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_pool_pop(m_pool);
  mongoc_collection_t *collection =
      mongoc_client_get_collection(client, m_db_name, "coll_system");
  bson_t *insert = BCON_NEW("broker_name", BCON_UTF8(m_broker_name),
                            "message", BCON_UTF8(message), "created_at",
                            BCON_DATE_TIME(milliseconds_since_epoch));

  switch (type) {
  case SYSTEM_RECORD_TYPE_SUCCESS:
    BSON_APPEND_UTF8(insert, "message_type", "SUCCESS");
    break;
  case SYSTEM_RECORD_TYPE_ERROR:
    BSON_APPEND_UTF8(insert, "message_type", "ERROR");
    break;
  }

  if (!mongoc_collection_insert_one(collection, insert, nullptr, nullptr, &error)) {
    fprintf(stderr, "Recorder: %s\n", error.message);
  }

  bson_destroy(insert);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(m_pool, client);
}
