// SOURCE: https://github.com/jeroen/mongolite/pull/159 ("Avoid memory leak within R_mongo_get_default_database": mongoc_client_get_default_database must be released with mongoc_database_destroy)
// LIBRARY: mongoc
// SHAPE: positive - the database handle is only read for its name and never destroyed
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

typedef struct SEXPREC *SEXP;
extern SEXP R_NilValue;
mongoc_client_t *r2client(SEXP ptr);
SEXP mkStringSafe(const char *x);

SEXP R_mongo_get_default_database(SEXP ptr_client) {
  mongoc_client_t *client = r2client(ptr_client);
  mongoc_database_t *db = mongoc_client_get_default_database(client); // EXPECT-WARN
  if (db) {
    return mkStringSafe(mongoc_database_get_name(db));
  } else {
    return R_NilValue;
  }
}
