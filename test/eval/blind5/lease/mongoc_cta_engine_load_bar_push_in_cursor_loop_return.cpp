// SOURCE: public GitHub file (CtaEngine::loadBar in a CTP futures trading engine; search-index id 3481502168; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - a JSON parse error inside the cursor loop destroys the cursor, pushes the client and returns from inside the loop; the normal exit pushes too, so every path gives the client back exactly once
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <string>
#include <vector>

struct BarData {
  std::string Symbol;
  double Close = 0;
};

// Parses one bar document; false on malformed JSON.
bool parseBar(const char *Json, BarData &Out);

class CtaEngine {
public:
  std::vector<BarData> loadBar(const std::string &BarDbName,
                               const std::string &Symbol, int Days);

private:
  mongoc_client_pool_t *m_pool = nullptr;
};

std::vector<BarData> CtaEngine::loadBar(const std::string &BarDbName,
                                        const std::string &Symbol, int Days) {
  std::vector<BarData> DataVector;
  if (Symbol == " " || Symbol.empty())
    return DataVector;

  bson_t parent;
  bson_init(&parent);
  BSON_APPEND_INT32(&parent, "days", Days);

  mongoc_client_t *client = mongoc_client_pool_pop(m_pool);
  mongoc_collection_t *collection = mongoc_client_get_collection(
      client, BarDbName.c_str(), Symbol.c_str());
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(collection, &parent, nullptr, nullptr);
  const bson_t *doc;
  while (mongoc_cursor_next(cursor, &doc)) {
    char *str = bson_as_json(doc, nullptr);
    BarData Bar;
    bool Ok = parseBar(str, Bar);
    bson_free(str);
    if (!Ok) {
      mongoc_cursor_destroy(cursor);
      mongoc_collection_destroy(collection);
      mongoc_client_pool_push(m_pool, client);
      bson_destroy(&parent);
      return DataVector;
    }
    DataVector.push_back(Bar);
  }
  bson_error_t error;
  if (mongoc_cursor_error(cursor, &error))
    fprintf(stderr, "An error occurred: %s\n", error.message);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(m_pool, client);
  bson_destroy(&parent);
  return DataVector;
}
