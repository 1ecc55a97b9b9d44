// SOURCE: sysrepo/sysrepo, src/plugins/ds_mongo.c, srpds_data_init and srpds_data_destroy (search-index id 30504573713)
// LIBRARY: mongoc
// SHAPE: negative - the per-callback init pops a client straight into a field of the caller's module-data struct and returns errors through goto cleanup without pushing; the client belongs to the struct from the pop on, and srpds_data_destroy, which every caller runs, pushes it back (sysrepo's error type reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>

typedef struct sr_error_info_s sr_error_info_t;
sr_error_info_t *sr_errinfo_new(const char *msg);
sr_error_info_t *srpds_get_collection_name(const char *mod_name, int is_oper,
                                           char **name);

typedef struct {
  mongoc_client_pool_t *pool;
} mongo_plg_conn_data_t;

typedef struct {
  mongoc_client_t *client;
  mongoc_database_t *datastore;
  mongoc_collection_t *module;
  char *module_name;
} mongo_data_t;

sr_error_info_t *srpds_data_init(const char *mod_name, const char *db_name,
                                 int is_oper, int installed,
                                 mongo_plg_conn_data_t *pdata,
                                 mongo_data_t *mdata) {
  sr_error_info_t *err_info = NULL;
  bson_error_t error;

  mdata->client = mongoc_client_pool_pop(pdata->pool);
  mdata->datastore = mongoc_client_get_database(mdata->client, db_name);

  /* get the module name (collection name) */
  if ((err_info =
           srpds_get_collection_name(mod_name, is_oper, &mdata->module_name))) {
    goto cleanup;
  }

  /* create or get the module from the database */
  if (installed) {
    mdata->module = mongoc_client_get_collection(mdata->client, db_name,
                                                 mdata->module_name);
  } else {
    mdata->module = mongoc_database_create_collection(
        mdata->datastore, mdata->module_name, NULL, &error);
    if (!mdata->module) {
      err_info = sr_errinfo_new(error.message);
      goto cleanup;
    }
  }

cleanup:
  return err_info;
}

void srpds_data_destroy(mongo_plg_conn_data_t *pdata, mongo_data_t *mdata) {
  free(mdata->module_name);
  mongoc_collection_destroy(mdata->module);
  mongoc_database_destroy(mdata->datastore);
  mongoc_client_pool_push(pdata->pool, mdata->client);
}
