// SOURCE: public GitHub file (MySQL C API threading sample: each thread ends with mysql_thread_end(), main calls mysql_library_end() after pthread_join; search-index id 14517704240; the index does not name its repository) - rendered with the thread function calling mysql_library_end() instead of mysql_thread_end()
// LIBRARY: mysql
// SHAPE: positive - a worker thread's body ends the client library for the whole process while the other worker is still running
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <pthread.h>
#include <stdio.h>

void *fun(void *arg) {
  (void)arg;
  MYSQL *con = mysql_init(NULL);
  if (mysql_real_connect(con, "localhost", "user", "pw", "test", 0, NULL, 0)) {
    if (mysql_query(con, "SELECT 1") == 0)
      mysql_free_result(mysql_store_result(con));
  }
  mysql_close(con);
  mysql_library_end(); // EXPECT-WARN
  return NULL;
}

int start_workers(pthread_t *tid1, pthread_t *tid2) {
  if (pthread_create(tid1, NULL, fun, NULL) != 0)
    return -1;
  if (pthread_create(tid2, NULL, fun, NULL) != 0)
    return -1;
  return 0;
}
