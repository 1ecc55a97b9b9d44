// SOURCE: eclipse/mosquitto examples/mysql_log/mysql_log.c (connect_callback, message_callback, main)
// LIBRARY: MariaDB
// SHAPE: negative - the MQTT logger prepares one global statement on one connection in main; the message callback, which runs for every message, only binds and executes it, and main closes the statement and the connection after the network loop ends
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The declarations of mosquitto.h that the example uses (libmosquitto-dev is
 * not among the packages scripts/deps.sh installs). */
struct mosquitto;
struct mosquitto_message {
  int mid;
  char *topic;
  void *payload;
  int payloadlen;
  int qos;
  bool retain;
};
int mosquitto_lib_init(void);
int mosquitto_lib_cleanup(void);
struct mosquitto *mosquitto_new(const char *id, bool clean_session, void *obj);
void mosquitto_destroy(struct mosquitto *mosq);
void mosquitto_connect_callback_set(struct mosquitto *mosq,
                                    void (*on_connect)(struct mosquitto *,
                                                       void *, int));
void mosquitto_message_callback_set(
    struct mosquitto *mosq,
    void (*on_message)(struct mosquitto *, void *,
                       const struct mosquitto_message *));
int mosquitto_connect(struct mosquitto *mosq, const char *host, int port,
                      int keepalive);
int mosquitto_subscribe(struct mosquitto *mosq, int *mid, const char *sub,
                        int qos);
int mosquitto_loop(struct mosquitto *mosq, int timeout, int max_packets);
int mosquitto_reconnect(struct mosquitto *mosq);

#define db_host "localhost"
#define db_username "mqtt_log"
#define db_password "password"
#define db_database "mqtt_log"
#define db_port 3306

#define db_query "INSERT INTO mqtt_log (topic, payload) VALUES (?,?)"

#define mqtt_host "localhost"
#define mqtt_port 1883

static int run = 1;
static MYSQL_STMT *stmt = NULL;

void handle_signal(int s) {
  (void)s;
  run = 0;
}

void connect_callback(struct mosquitto *mosq, void *obj, int result) {
  (void)mosq;
  (void)obj;
  (void)result;
}

void message_callback(struct mosquitto *mosq, void *obj,
                      const struct mosquitto_message *message) {
  MYSQL_BIND bind[2];
  (void)mosq;
  (void)obj;

  memset(bind, 0, sizeof(bind));
  bind[0].buffer_type = MYSQL_TYPE_STRING;
  bind[0].buffer = message->topic;
  bind[0].buffer_length = strlen(message->topic);
  bind[1].buffer_type = MYSQL_TYPE_BLOB;
  bind[1].buffer = message->payload;
  bind[1].buffer_length = message->payloadlen;

  mysql_stmt_bind_param(stmt, bind);
  mysql_stmt_execute(stmt);
}

int main(void) {
  MYSQL *connection;
  struct mosquitto *mosq;
  int rc = 0;
  bool reconnect = true;
  char clientid[24];

  signal(SIGINT, handle_signal);
  signal(SIGTERM, handle_signal);

  mysql_library_init(0, NULL, NULL);
  mosquitto_lib_init();

  connection = mysql_init(NULL);
  if (connection) {
    mysql_options(connection, MYSQL_OPT_RECONNECT, &reconnect);
    connection = mysql_real_connect(connection, db_host, db_username,
                                    db_password, db_database, db_port, NULL,
                                    0);
    if (connection) {
      stmt = mysql_stmt_init(connection);
      mysql_stmt_prepare(stmt, db_query, strlen(db_query));

      memset(clientid, 0, 24);
      snprintf(clientid, 23, "mysql_log_%d", getpid());
      mosq = mosquitto_new(clientid, true, connection);
      if (mosq) {
        mosquitto_connect_callback_set(mosq, connect_callback);
        mosquitto_message_callback_set(mosq, message_callback);
        rc = mosquitto_connect(mosq, mqtt_host, mqtt_port, 60);
        mosquitto_subscribe(mosq, NULL, "#", 0);
        while (run) {
          rc = mosquitto_loop(mosq, -1, 1);
          if (run && rc) {
            sleep(20);
            mosquitto_reconnect(mosq);
          }
        }
        mosquitto_destroy(mosq);
      }
      mysql_stmt_close(stmt);
      mysql_close(connection);
    } else {
      fprintf(stderr, "Error: Unable to connect to database.\n");
      rc = 1;
    }
  }

  mysql_library_end();
  mosquitto_lib_cleanup();
  return rc;
}
