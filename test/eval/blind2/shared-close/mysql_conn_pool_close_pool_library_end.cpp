// SOURCE: public GitHub file (sqlconnpool.cpp of a TinyWebServer-style HTTP server, SqlConnPool::ClosePool(); search-index id 32315168429; the index does not name its repository)
// LIBRARY: mariadb
// SHAPE: negative - the process-wide connection pool closes every pooled connection and ends the client library in ClosePool(), which runs from the pool singleton's destructor and from the server's shutdown after the worker threads have stopped (GetConn/FreeConn reduced; the semaphore is kept)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <cassert>
#include <mutex>
#include <queue>
#include <semaphore.h>

class SqlConnPool {
public:
  static SqlConnPool *Instance();
  void Init(const char *host, int port, const char *user, const char *passwd,
            const char *db_name, int conn_size);
  MYSQL *GetConn();
  void FreeConn(MYSQL *sql);
  void ClosePool();

private:
  SqlConnPool() = default;
  ~SqlConnPool() { ClosePool(); }

  int max_conn_ = 0;
  std::queue<MYSQL *> conn_que_;
  std::mutex mtx_;
  sem_t sem_id_;
};

SqlConnPool *SqlConnPool::Instance() {
  static SqlConnPool conn_pool;
  return &conn_pool;
}

void SqlConnPool::Init(const char *host, int port, const char *user,
                       const char *passwd, const char *db_name,
                       int conn_size) {
  assert(conn_size > 0);
  for (int i = 0; i < conn_size; ++i) {
    MYSQL *sql = nullptr;
    sql = mysql_init(sql);
    assert(sql);
    sql = mysql_real_connect(sql, host, user, passwd, db_name, port, nullptr,
                             0);
    assert(sql);
    conn_que_.push(sql);
  }
  max_conn_ = conn_size;
  sem_init(&sem_id_, 0, max_conn_);
}

MYSQL *SqlConnPool::GetConn() {
  MYSQL *sql = nullptr;
  sem_wait(&sem_id_);
  std::lock_guard<std::mutex> locker(mtx_);
  sql = conn_que_.front();
  conn_que_.pop();
  return sql;
}

void SqlConnPool::FreeConn(MYSQL *sql) {
  assert(sql);
  std::lock_guard<std::mutex> locker(mtx_);
  conn_que_.push(sql);
  sem_post(&sem_id_);
}

void SqlConnPool::ClosePool() {
  std::lock_guard<std::mutex> locker(mtx_);
  while (!conn_que_.empty()) {
    auto item = conn_que_.front();
    conn_que_.pop();
    mysql_close(item);
  }
  mysql_library_end();
}
