// SOURCE: mongodb/libmongocrypt, early prototype src/mongocrypt.c, _get_key (search-index id 19316583893)
// LIBRARY: mongoc
// SHAPE: negative - the key lookup pops a key-vault client without a NULL test (mongoc_client_pool_pop blocks), and every failure, including the one raised through the CLIENT_ERR macro, jumps to a cleanup label that pushes the client back before destroying the cursor and collection (libmongocrypt's internal types reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <string.h>

typedef struct {
  uint8_t *data;
  uint32_t len;
} _mongocrypt_buffer_t;

typedef struct {
  _mongocrypt_buffer_t key_material;
} _mongocrypt_key_t;

typedef struct _mongocrypt_error_t mongocrypt_error_t;

typedef struct {
  mongoc_client_pool_t *keyvault_pool;
} mongocrypt_t;

void _mongocrypt_set_error(mongocrypt_error_t **error, const char *msg);
void _mongocrypt_bson_append_buffer(bson_t *bson, const char *key,
                                    uint32_t key_len,
                                    _mongocrypt_buffer_t *in);
bool _mongocrypt_key_parse(const bson_t *doc, _mongocrypt_key_t *out,
                           mongocrypt_error_t **error);
bool _mongocrypt_kms_decrypt(mongocrypt_t *crypt, _mongocrypt_key_t *key,
                             mongocrypt_error_t **error);

#define CRYPT_ENTRY
#define CLIENT_ERR(msg) _mongocrypt_set_error(error, msg)

bool _get_key(mongocrypt_t *crypt, _mongocrypt_buffer_t *key_id,
              const char *key_alt_name, _mongocrypt_key_t *out,
              mongocrypt_error_t **error) {
  mongoc_client_t *keyvault_client;
  mongoc_collection_t *datakey_coll = NULL;
  mongoc_cursor_t *cursor = NULL;
  bson_t filter;
  const bson_t *doc;
  bool ret = false;

  CRYPT_ENTRY;
  keyvault_client = mongoc_client_pool_pop(crypt->keyvault_pool);
  datakey_coll =
      mongoc_client_get_collection(keyvault_client, "admin", "datakeys");
  bson_init(&filter);
  if (key_id->len) {
    _mongocrypt_bson_append_buffer(&filter, "_id", 3, key_id);
  } else if (key_alt_name) {
    bson_append_utf8(&filter, "keyAltName", 10, key_alt_name,
                     (int)strlen(key_alt_name));
  } else {
    CLIENT_ERR("must provide key id or alt name");
    bson_destroy(&filter);
    goto cleanup;
  }

  cursor = mongoc_collection_find_with_opts(datakey_coll, &filter, NULL, NULL);
  bson_destroy(&filter);

  if (!mongoc_cursor_next(cursor, &doc)) {
    CLIENT_ERR("key not found");
    goto cleanup;
  }

  if (!_mongocrypt_key_parse(doc, out, error)) {
    goto cleanup;
  }

  if (!_mongocrypt_kms_decrypt(crypt, out, error)) {
    goto cleanup;
  }

  ret = true;

cleanup:
  mongoc_client_pool_push(crypt->keyvault_pool, keyvault_client);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(datakey_coll);
  return ret;
}
