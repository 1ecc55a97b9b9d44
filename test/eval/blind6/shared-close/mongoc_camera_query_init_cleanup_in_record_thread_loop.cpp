// SOURCE: public GitHub file (HK_camera.cpp, a Hikvision camera recorder; search-index id 18869717428; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - a helper that runs mongoc_init and mongoc_cleanup around one query is called twice per iteration of the recording loop of a detached std::thread; mongoc_init does not reinitialise the driver after mongoc_cleanup
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <iostream>
#include <string>
#include <thread>
#include <unistd.h>

// Reads the newest status document (its id names the clip).
static std::string getLocalData() {
  mongoc_init();
  mongoc_client_t *client = mongoc_client_new("mongodb://localhost:27017/");
  mongoc_collection_t *collection =
      mongoc_client_get_collection(client, "ugv", "ugv_status_test");
  bson_t *filter = bson_new();
  bson_t *opts = BCON_NEW("limit", BCON_INT64(1), "sort", "{", "_id",
                          BCON_INT32(-1), "}");
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(collection, filter, opts, NULL);
  const bson_t *doc;
  std::string last;
  while (mongoc_cursor_next(cursor, &doc)) {
    char *str = bson_as_json(doc, NULL);
    last = str;
    bson_free(str);
  }
  bson_destroy(filter);
  bson_destroy(opts);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_destroy(client);
  mongoc_cleanup(); // EXPECT-WARN
  return last.size() > 120 ? last.substr(81, 10) : last;
}

class Camera {
public:
  // Records one-minute clips forever.
  void record() {
    while (true) {
      std::string name = "A-" + getLocalData();
      std::cout << getLocalData() << std::endl;
      saveClip(name);
      sleep(60);
    }
  }

  void startRecordThread() {
    RecordThread = std::thread(&Camera::record, this);
    RecordThread.detach();
  }

private:
  void saveClip(const std::string &Name) { std::cout << Name << std::endl; }
  std::thread RecordThread;
};
