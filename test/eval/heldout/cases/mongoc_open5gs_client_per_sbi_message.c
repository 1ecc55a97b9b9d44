// SOURCE: github.com/UmakantKulkarni/open5gs src/amf/pcs-mongo.c (insert_data_to_db(): mongoc_init, mongoc_uri_new_with_error, mongoc_client_new_from_uri, insert, destroy - on every call) called from the AMF's SBI/NAS handlers (src/amf/namf-handler.c); the AMF event loop and dispatch are rendered as direct calls (open5gs dispatches through ogs_fsm function pointers)
// LIBRARY: mongoc
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
// SHAPE: positive - mongoc client created and destroyed inside a helper two calls below the AMF's event loop
#include <mongoc/mongoc.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct amf_event_s { int id; char *json; } amf_event_t;

int insert_data_to_db(char *doc_json) {
  const char *uri_string = "mongodb://mongodb-svc:27017";
  mongoc_uri_t *uri;
  mongoc_client_t *client;
  mongoc_database_t *database;
  mongoc_collection_t *collection;
  bson_t *bson_doc;
  bson_error_t error;

  mongoc_init();
  uri = mongoc_uri_new_with_error(uri_string, &error);
  if (!uri) {
    fprintf(stderr, "failed to parse URI: %s\nerror message:       %s\n", uri_string, error.message);
    return EXIT_FAILURE;
  }
  client = mongoc_client_new_from_uri(uri); // EXPECT-WARN
  if (!client) return EXIT_FAILURE;
  mongoc_client_set_appname(client, "connect-example");
  database = mongoc_client_get_database(client, "db_name");
  collection = mongoc_client_get_collection(client, "db_name", "coll_name");
  bson_doc = bson_new_from_json((const uint8_t *)doc_json, -1, &error);
  if (!mongoc_collection_insert_one(collection, bson_doc, NULL, NULL, &error))
    fprintf(stderr, "%s\n", error.message);
  bson_destroy(bson_doc);
  mongoc_collection_destroy(collection);
  mongoc_database_destroy(database);
  mongoc_uri_destroy(uri);
  mongoc_client_destroy(client);
  mongoc_cleanup();
  return EXIT_SUCCESS;
}

static int amf_namf_comm_handle_ue_context_transfer(amf_event_t *e) {
  /* ... build the UE context document ... */
  return insert_data_to_db(e->json);
}

static void amf_state_operational(amf_event_t *e) {
  if (e->id == 1) amf_namf_comm_handle_ue_context_transfer(e);
}

extern amf_event_t *amf_queue_pop(void);

int main(void) {
  for (;;) {
    amf_event_t *e = amf_queue_pop();
    if (!e) break;
    amf_state_operational(e);
  }
  return 0;
}
