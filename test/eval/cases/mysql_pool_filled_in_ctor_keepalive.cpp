// SOURCE: https://github.com/github-newstar/gateserver/blob/HEAD/src/MysqlDao.hpp (MySqlPool: constructor loop pushes poolSize connections; a checker thread pings them every 60 s and replaces dead ones in place) - written there with Connector/C++, rendered with the MariaDB C API
// LIBRARY: mysql
// SHAPE: negative - pool filled in a loop; the keep-alive loop's replacement connection is stored back into the pool slot
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <mysql/mysql.h>
#include <queue>
#include <string>
#include <thread>

class SqlConnection {
public:
  SqlConnection(MYSQL *con, int64_t lastTime) : con_(con), lastTime_(lastTime) {}
  ~SqlConnection() { mysql_close(con_); }
  MYSQL *con_;
  int64_t lastTime_;
};

class MySqlPool {
public:
  MySqlPool(const std::string &host, const std::string &user, const std::string &pass, const std::string &schema,
            int poolSize)
      : host_(host), user_(user), pass_(pass), schema_(schema), poolSize_(poolSize), bStop_(false) {
    for (int i = 0; i < poolSize_; ++i) {
      MYSQL *con = mysql_init(nullptr);
      mysql_real_connect(con, host_.c_str(), user_.c_str(), pass_.c_str(), schema_.c_str(), 3306, nullptr, 0);
      long long timeStap = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
      pool_.push(std::make_unique<SqlConnection>(con, timeStap));
    }
    checkThread_ = std::thread([this]() {
      while (!bStop_) {
        checkConnection();
        std::this_thread::sleep_for(std::chrono::seconds(60));
      }
    });
  }
  void checkConnection() {
    std::lock_guard<std::mutex> lock(mutex_);
    for (size_t i = 0; i < pool_.size(); ++i) {
      auto con = std::move(pool_.front());
      pool_.pop();
      if (mysql_ping(con->con_) != 0) {
        MYSQL *newCon = mysql_init(nullptr);
        mysql_real_connect(newCon, host_.c_str(), user_.c_str(), pass_.c_str(), schema_.c_str(), 3306, nullptr, 0);
        mysql_close(con->con_);
        con->con_ = newCon;
      }
      pool_.push(std::move(con));
    }
  }
  std::unique_ptr<SqlConnection> getConnection() {
    std::unique_lock<std::mutex> lock(mutex_);
    cond_.wait(lock, [this] { return bStop_ || !pool_.empty(); });
    if (bStop_)
      return nullptr;
    std::unique_ptr<SqlConnection> con(std::move(pool_.front()));
    pool_.pop();
    return con;
  }
  void returnConnection(std::unique_ptr<SqlConnection> con) {
    std::unique_lock<std::mutex> lock(mutex_);
    pool_.push(std::move(con));
    cond_.notify_one();
  }

private:
  std::string host_, user_, pass_, schema_;
  int poolSize_;
  std::queue<std::unique_ptr<SqlConnection>> pool_;
  std::mutex mutex_;
  std::condition_variable cond_;
  std::atomic_bool bStop_;
  std::thread checkThread_;
};
