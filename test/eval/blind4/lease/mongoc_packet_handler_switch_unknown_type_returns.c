// SOURCE: https://github.com/facebook/dhcplb/issues/3 ("Buffer pool leak in handleConnection(): the buffer is not returned to the pool on error")
// LIBRARY: mongoc
// SHAPE: positive - rendered: the Go handler's per-packet take from a pool, written as a C worker that pops a client for each message and dispatches on its type in a switch; the default case for an unknown type returns from the handler without pushing the client
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <stdio.h>

enum msg_type { MSG_LEASE = 1, MSG_RELEASE = 2, MSG_INFORM = 3 };

struct message {
  enum msg_type type;
  const char *mac;
  const char *ip;
};

static bool store_lease(mongoc_client_t *client, const struct message *msg);
static bool drop_lease(mongoc_client_t *client, const struct message *msg);

int handle_message(mongoc_client_pool_t *pool, const struct message *msg) {
  mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
  bool ok = true;

  switch (msg->type) {
  case MSG_LEASE:
    ok = store_lease(client, msg);
    break;
  case MSG_RELEASE:
    ok = drop_lease(client, msg);
    break;
  case MSG_INFORM:
    /* nothing to record */
    break;
  default:
    fprintf(stderr, "unknown message type %d from %s\n", (int)msg->type,
            msg->mac);
    return -1;
  }

  mongoc_client_pool_push(pool, client);
  return ok ? 0 : -1;
}

static bool store_lease(mongoc_client_t *client, const struct message *msg) {
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client, "dhcp", "leases");
  bson_t *doc = BCON_NEW("mac", BCON_UTF8(msg->mac), "ip", BCON_UTF8(msg->ip));
  bool ok = mongoc_collection_insert_one(coll, doc, NULL, NULL, NULL);
  bson_destroy(doc);
  mongoc_collection_destroy(coll);
  return ok;
}

static bool drop_lease(mongoc_client_t *client, const struct message *msg) {
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client, "dhcp", "leases");
  bson_t *sel = BCON_NEW("mac", BCON_UTF8(msg->mac));
  bool ok = mongoc_collection_delete_one(coll, sel, NULL, NULL, NULL);
  bson_destroy(sel);
  mongoc_collection_destroy(coll);
  return ok;
}
