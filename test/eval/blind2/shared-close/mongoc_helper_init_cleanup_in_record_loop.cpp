// SOURCE: public GitHub file (HK_camera.cpp of a Hikvision camera recorder; search-index id 18869717428; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - getlocaldata() wraps one query in mongoc_init ... mongoc_cleanup and is called twice per iteration of the recorder thread's endless loop; after the first mongoc_cleanup the driver is not initialised again, so every later call uses a torn-down library (camera SDK calls cut)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc.h>

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

// Reads the position stamp of the newest status document.
static std::string getlocaldata() {
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  bson_t *filter;
  bson_t *opts;
  mongoc_cursor_t *cursor;
  const bson_t *doc;
  char *str = NULL;
  std::string s2;

  mongoc_init();

  client = mongoc_client_new("mongodb://localhost:27017/");
  collection = mongoc_client_get_collection(client, "ugv", "ugv_status_test");

  filter = bson_new();
  opts = BCON_NEW("limit", BCON_INT64(1), "sort", "{", "_id", BCON_INT32(-1),
                  "}");
  cursor = mongoc_collection_find_with_opts(collection, filter, opts, NULL);

  while (mongoc_cursor_next(cursor, &doc)) {
    str = bson_as_json(doc, NULL);
    s2 = str;
    bson_free(str);
  }

  bson_destroy(filter);
  bson_destroy(opts);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_destroy(client);
  mongoc_cleanup(); // EXPECT-WARN

  return s2.substr(81, 10) + "-" + s2.substr(104, 12);
}

class HK_camera {
public:
  void Record();
  void StartRecordThread();

private:
  std::thread RecordThread;
};

// Records one clip per minute, named after the vehicle position.
void HK_camera::Record() {
  char videoname[256];
  std::string localdata;

  while (true) {
    localdata = "A-" + getlocaldata();
    std::cout << getlocaldata() << std::endl;
    std::snprintf(videoname, sizeof(videoname), "/data/video/%s.mp4",
                  localdata.c_str());
    std::cout << "recording to " << videoname << std::endl;
    for (int j = 0; j < 6; j++)
      sleep(10);
  }
}

void HK_camera::StartRecordThread() {
  RecordThread = std::thread(&HK_camera::Record, this);
  RecordThread.detach();
}
