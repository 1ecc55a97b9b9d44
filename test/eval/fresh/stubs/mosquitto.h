/* Minimal stand-in for libmosquitto's mosquitto.h (2.0); libmosquitto-dev is not installed here. */
#pragma GCC system_header
#ifndef FRESH_STUB_MOSQUITTO_H
#define FRESH_STUB_MOSQUITTO_H
#include <stdbool.h>
#ifdef __cplusplus
extern "C" {
#endif
struct mosquitto;
struct mosquitto_message { int mid; char *topic; void *payload; int payloadlen; int qos; bool retain; };
enum mosq_err_t { MOSQ_ERR_SUCCESS = 0 };
int mosquitto_lib_init(void);
int mosquitto_lib_cleanup(void);
struct mosquitto *mosquitto_new(const char *id, bool clean_session, void *obj);
void mosquitto_destroy(struct mosquitto *mosq);
int mosquitto_connect(struct mosquitto *mosq, const char *host, int port, int keepalive);
int mosquitto_disconnect(struct mosquitto *mosq);
int mosquitto_subscribe(struct mosquitto *mosq, int *mid, const char *sub, int qos);
int mosquitto_loop_forever(struct mosquitto *mosq, int timeout, int max_packets);
const char *mosquitto_strerror(int mosq_errno);
const char *mosquitto_connack_string(int connack_code);
void mosquitto_connect_callback_set(struct mosquitto *mosq, void (*on_connect)(struct mosquitto *, void *, int));
void mosquitto_subscribe_callback_set(struct mosquitto *mosq, void (*on_subscribe)(struct mosquitto *, void *, int, int, const int *));
void mosquitto_message_callback_set(struct mosquitto *mosq, void (*on_message)(struct mosquitto *, void *, const struct mosquitto_message *));
#ifdef __cplusplus
}
#endif
#endif
