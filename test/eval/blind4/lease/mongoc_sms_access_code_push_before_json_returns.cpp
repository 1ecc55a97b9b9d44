// SOURCE: public GitHub file of an SMS HTTP gateway, MongoPool::GetAccessCode (search-index id 48297974954; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the client is pushed right after the day-by-day lookup loop (which `continue`s and `break`s), before the JSON answer is parsed; the parse failures, the type check and the catch handler return false with nothing held
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <string>

#define LOG_ERROR(...) std::fprintf(stderr, __VA_ARGS__)

// Throws std::invalid_argument on malformed JSON.
bool parseAccessCode(const std::string &Json, std::string &Code, bool &IsString);

class MongoPool {
public:
  bool GetAccessCode(std::string sMessageid, std::string sMobilePhone,
                     std::string &sAccessCode);

private:
  mongoc_client_pool_t *m_pMongoPool = nullptr;
};

bool MongoPool::GetAccessCode(std::string sMessageid, std::string sMobilePhone,
                              std::string &sAccessCode) {
  if (!m_pMongoPool || sMessageid.empty() || sMobilePhone.empty()) {
    return false;
  }

  mongoc_client_t *pMongoClient = mongoc_client_pool_pop(m_pMongoPool);
  if (!pMongoClient)
    return false;

  time_t tCurUnixTime = time(NULL);
  char sCollectName[32] = {0x0};
  bson_t *pQueryBson = bson_new();
  BSON_APPEND_UTF8(pQueryBson, "msgid", sMessageid.c_str());
  BSON_APPEND_UTF8(pQueryBson, "mobile", sMobilePhone.c_str());
  bool bFound = false;
  std::string sSmsJson;
  for (int queryCount = 0; queryCount <= 3; queryCount++) {
    time_t tSmsUnixTime = tCurUnixTime - (queryCount * 24 * 3600);
    struct tm *pSmsUnixTime = localtime(&tSmsUnixTime);
    snprintf(sCollectName, sizeof(sCollectName), "state_%04u%02u%02u",
             (unsigned int)(1900 + pSmsUnixTime->tm_year),
             (unsigned int)(1 + pSmsUnixTime->tm_mon),
             (unsigned int)(pSmsUnixTime->tm_mday));
    mongoc_collection_t *pMongoCollection =
        mongoc_client_get_collection(pMongoClient, "sms", sCollectName);
    if (!pMongoCollection)
      continue;
    mongoc_cursor_t *pMongoCursor =
        mongoc_collection_find_with_opts(pMongoCollection, pQueryBson, NULL, NULL);
    if (!pMongoCursor) {
      mongoc_collection_destroy(pMongoCollection);
      LOG_ERROR("find failed, collection %s\n", sCollectName);
      continue;
    }
    const bson_t *pDataBson = NULL;
    if (mongoc_cursor_next(pMongoCursor, &pDataBson)) {
      char *str = bson_as_canonical_extended_json(pDataBson, NULL);
      sSmsJson = std::string(str);
      bson_free(str);
      mongoc_cursor_destroy(pMongoCursor);
      mongoc_collection_destroy(pMongoCollection);
      bFound = true;
      break;
    }
    mongoc_cursor_destroy(pMongoCursor);
    mongoc_collection_destroy(pMongoCollection);
  }
  bson_destroy(pQueryBson);
  mongoc_client_pool_push(m_pMongoPool, pMongoClient);

  if (!bFound) {
    LOG_ERROR("Not found access code.msgid:%s.\n", sMessageid.c_str());
    return false;
  }
  try {
    bool bIsString = false;
    std::string sCode;
    if (!parseAccessCode(sSmsJson, sCode, bIsString)) {
      LOG_ERROR("Parse json failure.json:%s.\n", sSmsJson.c_str());
      return false;
    }
    if (!bIsString) {
      LOG_ERROR("accesscode is not string.json:%s.\n", sSmsJson.c_str());
      return false;
    }
    sAccessCode = sCode;
    return true;
  } catch (std::invalid_argument &ex) {
    LOG_ERROR("Catch a exception.exception:%s.\n", ex.what());
    return false;
  }
}
