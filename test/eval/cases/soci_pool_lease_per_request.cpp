// SOURCE: https://github.com/SOCI/soci/blob/master/docs/multithreading.md (connection_pool of N sessions opened at start-up; each thread uses "session sql(pool);" which leases and returns on destruction) and https://github.com/SOCI/soci/issues/855 (PostgreSQL from many threads through a connection pool)
// LIBRARY: soci
// SHAPE: negative - pool filled in a loop once; handlers construct soci::session from the pool (a lease, not a new connection)
#include <soci/soci.h>
#include <string>

soci::connection_pool *make_pool(size_t poolSize, const std::string &connectString) {
  auto *pool = new soci::connection_pool(poolSize);
  for (size_t i = 0; i != poolSize; ++i) {
    soci::session &sql = pool->at(i);
    sql.open("postgresql", connectString);
  }
  return pool;
}

int count_orders(soci::connection_pool &pool, int customer) {
  soci::session sql(pool);
  int n = 0;
  sql << "select count(*) from orders where customer = :c", soci::into(n), soci::use(customer);
  return n;
}

void serve(soci::connection_pool &pool) {
  for (int customer = 0; customer < 1000; ++customer)
    count_orders(pool, customer);
}
