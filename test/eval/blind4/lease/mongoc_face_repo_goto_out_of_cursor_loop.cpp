// SOURCE: public GitHub file faceRepo.cpp of a face-recognition service (kface::FaceRepo::repoLoadPersonFaces; search-index id 14300844554; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - inside the cursor loop a bad document `continue`s and a parse failure or empty feature `goto QUERY_END`s out of the loop; the label destroys the cursor, the collection and pushes the client, so every path gives it back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <list>
#include <string>
#include <vector>

#define FACE_LIB "face_lib_new"

struct PersonFace {
  std::string userId;
  std::string faceToken;
  std::vector<float> feature;
};

// Parses one document; false when it is not valid JSON.
bool parseFace(const char *Json, PersonFace &Face, std::string &FeatureBase64);
std::string decodeBase64(const std::string &In, int &Len);

class FaceRepo {
public:
  void repoLoadPersonFaces(std::list<PersonFace> &faces);

private:
  mongoc_client_pool_t *pool_;
  std::string DBNAME_;
};

void FaceRepo::repoLoadPersonFaces(std::list<PersonFace> &faces) {
  mongoc_client_t *client = mongoc_client_pool_pop(pool_);
  mongoc_collection_t *collection =
      mongoc_client_get_collection(client, DBNAME_.c_str(), FACE_LIB);
  bson_t *query = bson_new();
  const bson_t *doc = NULL;
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(collection, query, NULL, NULL);
  char *result = NULL;
  std::string featureBase64;
  int len = 0;
  std::string data;
  while (mongoc_cursor_next(cursor, &doc)) {
    result = bson_as_relaxed_extended_json(doc, NULL);
    if (!result) {
      continue;
    }
    PersonFace face;
    featureBase64.clear();
    if (!parseFace(result, face, featureBase64)) {
      bson_free(result);
      goto QUERY_END;
    }
    bson_free(result);
    if (featureBase64.empty()) {
      goto QUERY_END;
    }
    len = 0;
    data = decodeBase64(featureBase64, len);
    if (len == 128 * sizeof(float)) {
      face.feature.assign((const float *)&data[0], (const float *)&data[0] + 128);
    } else {
      continue;
    }
    faces.push_back(face);
  }

QUERY_END:
  bson_destroy(query);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(pool_, client);
}
