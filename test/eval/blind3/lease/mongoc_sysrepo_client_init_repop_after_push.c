// SOURCE: sysrepo/sysrepo, src/plugins/ds_mongo.c, srpds_client_init (search-index id 30504573713)
// LIBRARY: mongoc
// SHAPE: negative (hard) - the datastore plugin pops a client to probe whether the server needs authentication; when it does, it pushes that client, destroys the pool, builds a new pool with credentials and pops again into the same variable; every path ends at the cleanup label, which pushes the one client then held, so no client is lost and none is pushed twice (sysrepo's error type and the compile-time URI settings reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>

typedef struct sr_error_info_s sr_error_info_t;
sr_error_info_t *sr_errinfo_new(const char *msg);

#define SR_DS_PLG_MONGO_URI "mongodb://127.0.0.1:27017/?authSource=admin"
#define SR_DS_PLG_MONGO_AUTH_URI                                               \
  "mongodb://user:secret@127.0.0.1:27017/?authSource=admin"

static sr_error_info_t *srpds_check_auth(mongoc_client_t *client,
                                         int *auth_prob) {
  sr_error_info_t *err_info = NULL;
  bson_error_t error;
  bson_t *command = BCON_NEW("usersInfo", BCON_INT32(1));

  *auth_prob = 0;
  if (!mongoc_client_command_simple(client, "sr_running", command, NULL, NULL,
                                    &error)) {
    if ((error.code == 11) || (error.code == 13)) {
      /* authentication failed | authorization failed */
      *auth_prob = 1;
    } else {
      err_info = sr_errinfo_new(error.message);
    }
  }
  bson_destroy(command);
  return err_info;
}

sr_error_info_t *srpds_client_init(mongoc_client_pool_t **pool) {
  sr_error_info_t *err_info = NULL;
  mongoc_uri_t *uri = NULL;
  mongoc_client_t *temp = NULL;
  int auth_prob;

  uri = mongoc_uri_new(SR_DS_PLG_MONGO_URI);
  *pool = mongoc_client_pool_new(uri);
  temp = mongoc_client_pool_pop(*pool);

  /* try to execute a command without authentication */
  if ((err_info = srpds_check_auth(temp, &auth_prob))) {
    goto cleanup;
  }

  /* no authentication required, continue */
  if (!auth_prob) {
    goto cleanup;
  }

  /* executing a command without authentication failed */
  mongoc_client_pool_push(*pool, temp);
  mongoc_client_pool_destroy(*pool);
  mongoc_uri_destroy(uri);

  /* authenticate as a client based on the provided username and password */
  uri = mongoc_uri_new(SR_DS_PLG_MONGO_AUTH_URI);
  *pool = mongoc_client_pool_new(uri);
  temp = mongoc_client_pool_pop(*pool);

  /* try to execute a command with authentication */
  if ((err_info = srpds_check_auth(temp, &auth_prob))) {
    goto cleanup;
  }

  /* authentication failed */
  if (auth_prob) {
    err_info = sr_errinfo_new("Authentication failed");
    goto cleanup;
  }

cleanup:
  mongoc_client_pool_push(*pool, temp);
  mongoc_uri_destroy(uri);
  return err_info;
}
