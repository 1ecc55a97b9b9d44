/* Held-out stub of libmosquitto's public API (eclipse/mosquitto lib/mosquitto.h), declarations only. */
#pragma GCC system_header
#ifndef HELDOUT_MOSQUITTO_H
#define HELDOUT_MOSQUITTO_H
#include <stdbool.h>
#ifdef __cplusplus
extern "C" {
#endif
struct mosquitto;
struct mosquitto_message { int mid; char *topic; void *payload; int payloadlen; int qos; bool retain; };
int mosquitto_lib_init(void);
int mosquitto_lib_cleanup(void);
struct mosquitto *mosquitto_new(const char *id, bool clean_session, void *obj);
void mosquitto_destroy(struct mosquitto *mosq);
int mosquitto_connect(struct mosquitto *mosq, const char *host, int port, int keepalive);
int mosquitto_subscribe(struct mosquitto *mosq, int *mid, const char *sub, int qos);
void mosquitto_connect_callback_set(struct mosquitto *mosq, void (*on_connect)(struct mosquitto *, void *, int));
void mosquitto_message_callback_set(struct mosquitto *mosq, void (*on_message)(struct mosquitto *, void *, const struct mosquitto_message *));
int mosquitto_loop(struct mosquitto *mosq, int timeout, int max_packets);
int mosquitto_loop_forever(struct mosquitto *mosq, int timeout, int max_packets);
#define MOSQ_ERR_SUCCESS 0
#ifdef __cplusplus
}
#endif
#endif
