// SOURCE: github.com/eclipse/mosquitto examples/mysql_log/mysql_log.c (`static MYSQL_STMT *stmt = NULL;` prepared in main after mysql_init/mysql_real_connect; message_callback() binds topic/payload and executes the statement for every MQTT message)
// LIBRARY: mysql
// FLAGS: -I../stubs
// SHAPE: negative - connection and statement created once in main; the per-message callback registered with mosquitto only executes the static statement
#include <mosquitto.h>
#include <mysql/mysql.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#define db_host "localhost"
#define db_username "mqtt_log"
#define db_password "password"
#define db_database "mqtt_log"
#define db_port 3306
#define db_query "INSERT INTO mqtt_log (topic, payload) VALUES (?,?)"

static int run = 1;
static MYSQL_STMT *stmt = NULL;

void handle_signal(int s) { (void)s; run = 0; }

void message_callback(struct mosquitto *mosq, void *obj, const struct mosquitto_message *message) {
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

int main(int argc, char *argv[]) {
  MYSQL *connection;
  my_bool reconnect = true;
  struct mosquitto *mosq;
  (void)argc;
  (void)argv;
  signal(SIGINT, handle_signal);
  mysql_library_init(0, NULL, NULL);
  mosquitto_lib_init();
  connection = mysql_init(NULL);
  if (connection) {
    mysql_options(connection, MYSQL_OPT_RECONNECT, &reconnect);
    connection = mysql_real_connect(connection, db_host, db_username, db_password, db_database, db_port, NULL, 0);
    if (connection) {
      stmt = mysql_stmt_init(connection);
      mysql_stmt_prepare(stmt, db_query, strlen(db_query));
      mosq = mosquitto_new("mysql_log", true, NULL);
      mosquitto_message_callback_set(mosq, message_callback);
      mosquitto_connect(mosq, "localhost", 1883, 60);
      mosquitto_subscribe(mosq, NULL, "#", 0);
      while (run) mosquitto_loop(mosq, -1, 1);
      mysql_stmt_close(stmt);
      mysql_close(connection);
    }
  }
  mysql_library_end();
  return 0;
}
