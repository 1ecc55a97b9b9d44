// SOURCE: code search result (repository not shown), sub.c "MQTT subscriber and MongoDB client": `typedef struct { mongoc_collection_t *coll; config_t *cfg; } userdata_t; void my_message_callback(struct mosquitto *mosq, void *userdata, const struct mosquitto_message *m)`; the client and collection are created in main and passed as the mosquitto userdata
// LIBRARY: mongoc
// FLAGS: -I../stubs -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
// SHAPE: negative - the per-message callback inserts through a collection handed in via userdata; client created once in main
#include <mongoc/mongoc.h>
#include <mosquitto.h>
#include <stdio.h>

typedef struct { const char *broker; int port; } config_t;
typedef struct { mongoc_collection_t *coll; config_t *cfg; } userdata_t;

void my_message_callback(struct mosquitto *mosq, void *userdata, const struct mosquitto_message *m) {
  userdata_t *ud = (userdata_t *)userdata;
  bson_error_t error;
  (void)mosq;
  bson_t *doc = bson_new_from_json((const uint8_t *)m->payload, m->payloadlen, &error);
  if (!doc) return;
  BSON_APPEND_UTF8(doc, "topic", m->topic);
  if (!mongoc_collection_insert_one(ud->coll, doc, NULL, NULL, &error)) fprintf(stderr, "%s\n", error.message);
  bson_destroy(doc);
}

int main(void) {
  config_t cfg = {"localhost", 1883};
  mongoc_init();
  mongoc_client_t *client = mongoc_client_new("mongodb://localhost:27017");
  userdata_t ud = {mongoc_client_get_collection(client, "mqtt", "messages"), &cfg};
  mosquitto_lib_init();
  struct mosquitto *mosq = mosquitto_new(NULL, true, &ud);
  mosquitto_message_callback_set(mosq, my_message_callback);
  mosquitto_connect(mosq, cfg.broker, cfg.port, 60);
  mosquitto_subscribe(mosq, NULL, "#", 0);
  mosquitto_loop_forever(mosq, -1, 1);
  mongoc_collection_destroy(ud.coll);
  mongoc_client_destroy(client);
  mongoc_cleanup();
  return 0;
}
