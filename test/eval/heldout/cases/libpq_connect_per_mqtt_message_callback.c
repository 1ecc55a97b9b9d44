// SOURCE: github.com/Carla99R/Laboratorio-2 Suscriptor.py (MQTT subscriber: on_connect_db(query, item) opens psycopg2.connect(...) for every insert and closes it in `finally`; called for each received message); rendered with libpq and libmosquitto's C callback API
// LIBRARY: libpq
// FLAGS: -I../stubs -I/usr/include/postgresql
// SHAPE: positive - PQconnectdb in a helper called from the on_message callback registered with mosquitto_message_callback_set (a framework the check may not know)
#include <libpq-fe.h>
#include <mosquitto.h>
#include <stdio.h>

static const char *conninfo = "host=queenie.db.elephantsql.com dbname=ioqvfjqb user=ioqvfjqb password=x";

static void on_connect_db(const char *query, const char *topic, const char *payload) {
  PGconn *connection = PQconnectdb(conninfo); // EXPECT-WARN
  if (PQstatus(connection) != CONNECTION_OK) {
    fprintf(stderr, "Error al conectar con la base de datos: %s", PQerrorMessage(connection));
    PQfinish(connection);
    return;
  }
  const char *params[2] = {topic, payload};
  PGresult *res = PQexecParams(connection, query, 2, NULL, params, NULL, NULL, 0);
  if (PQresultStatus(res) == PGRES_COMMAND_OK) printf("Insert realizado con exito\n");
  PQclear(res);
  PQfinish(connection);
}

static void on_message(struct mosquitto *mosq, void *userdata, const struct mosquitto_message *message) {
  (void)mosq;
  (void)userdata;
  printf("topic: %s\n", message->topic);
  on_connect_db("INSERT INTO lecturas (topic, payload) VALUES ($1, $2)", message->topic,
                (const char *)message->payload);
}

static void on_connect(struct mosquitto *mosq, void *userdata, int rc) {
  (void)userdata;
  (void)rc;
  mosquitto_subscribe(mosq, NULL, "casa/#", 2);
}

int main(void) {
  mosquitto_lib_init();
  struct mosquitto *client = mosquitto_new("carla-subs", false, NULL);
  mosquitto_connect_callback_set(client, on_connect);
  mosquitto_message_callback_set(client, on_message);
  mosquitto_connect(client, "127.0.0.1", 1883, 60);
  mosquitto_loop_forever(client, -1, 1);
  return 0;
}
