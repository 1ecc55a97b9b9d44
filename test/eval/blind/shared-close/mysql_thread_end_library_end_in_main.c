// SOURCE: public GitHub file (MySQL C API threading sample: the thread function ends with mysql_thread_end(), main calls mysql_library_end() after joining; search-index id 14517704240; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the worker closes its own connection and ends only its thread state; main tears the library down after the joins
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

void *fun(void *arg) {
  (void)arg;
  mysql_thread_init();
  MYSQL *con = mysql_init(NULL);
  if (mysql_real_connect(con, "localhost", "user", "pw", "test", 0, NULL, 0)) {
    if (mysql_query(con, "SELECT 1") == 0)
      mysql_free_result(mysql_store_result(con));
  }
  mysql_close(con);
  mysql_thread_end();
  return NULL;
}

int main(void) {
  mysql_library_init(0, NULL, NULL);
  pthread_t tid1, tid2;
  if (pthread_create(&tid1, NULL, fun, NULL) != 0)
    exit(0);
  if (pthread_create(&tid2, NULL, fun, NULL) != 0)
    exit(0);
  pthread_join(tid1, NULL);
  pthread_join(tid2, NULL);
  printf("threads ended.\n");
  mysql_library_end();
  return 0;
}
