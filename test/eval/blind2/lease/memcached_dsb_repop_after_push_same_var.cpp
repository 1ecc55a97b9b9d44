// SOURCE: delimitrou/DeathStarBench mediaMicroservices PlotHandler::ReadPlot (public GitHub file, search-index id 1129910836; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - a memcached client is popped, pushed back after the lookup, and later popped again into the same variable on the cache-miss path and pushed again; the error throws push first or hold nothing
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <cstdlib>
#include <string>

struct ServiceException {
  int errorCode;
  std::string message;
};
enum { SE_MEMCACHED_ERROR = 1, SE_THRIFT_HANDLER_ERROR = 2 };

std::string load_plot_from_db(long plot_id); // throws ServiceException

class PlotHandler {
public:
  void ReadPlot(std::string &_return, long plot_id);

private:
  memcached_pool_st *_memcached_client_pool;
};

void PlotHandler::ReadPlot(std::string &_return, long plot_id) {
  memcached_return_t memcached_rc;
  memcached_st *memcached_client =
      memcached_pool_pop(_memcached_client_pool, true, &memcached_rc);
  if (!memcached_client) {
    ServiceException se;
    se.errorCode = SE_MEMCACHED_ERROR;
    se.message = "Failed to pop a client from memcached pool";
    throw se;
  }

  size_t plot_size;
  uint32_t memcached_flags;
  auto plot_id_str = std::to_string(plot_id);
  char *plot_mmc =
      memcached_get(memcached_client, plot_id_str.c_str(), plot_id_str.length(),
                    &plot_size, &memcached_flags, &memcached_rc);
  if (!plot_mmc && memcached_rc != MEMCACHED_NOTFOUND) {
    ServiceException se;
    se.errorCode = SE_MEMCACHED_ERROR;
    se.message = memcached_strerror(memcached_client, memcached_rc);
    memcached_pool_push(_memcached_client_pool, memcached_client);
    throw se;
  }
  memcached_pool_push(_memcached_client_pool, memcached_client);

  if (plot_mmc) {
    _return = std::string(plot_mmc);
    free(plot_mmc);
    return;
  }

  _return = load_plot_from_db(plot_id);
  memcached_client =
      memcached_pool_pop(_memcached_client_pool, true, &memcached_rc);
  memcached_rc = memcached_set(memcached_client, plot_id_str.c_str(),
                               plot_id_str.length(), _return.c_str(),
                               _return.length(), static_cast<time_t>(0),
                               static_cast<uint32_t>(0));
  memcached_pool_push(_memcached_client_pool, memcached_client);
}
