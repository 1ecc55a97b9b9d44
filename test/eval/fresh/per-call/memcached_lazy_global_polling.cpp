// SOURCE: efficient/rdma_bench libhrd_cpp/hrd_util.cc (hrd_get_published; see also https://github.com/efficient/rdma_bench/pull/8)
// LIBRARY: memcached
// SHAPE: negative - the registry client is created lazily into a global (`if (memc == nullptr) memc = hrd_create_memc();`) although hrd_get_published() runs in a polling loop
#include <libmemcached/memcached.h>

#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

static memcached_st *memc = nullptr;

static char *hrd_getenv(const char *name) {
  char *env = getenv(name);
  if (env == nullptr) {
    fprintf(stderr, "Environment variable %s not set\n", name);
    exit(-1);
  }
  return env;
}

memcached_st *hrd_create_memc() {
  memcached_server_st *servers = nullptr;
  memcached_st *m = memcached_create(nullptr);
  memcached_return rc;
  char *registry_ip = hrd_getenv("HRD_REGISTRY_IP");
  servers = memcached_server_list_append(servers, registry_ip, MEMCACHED_DEFAULT_PORT, &rc);
  rc = memcached_server_push(m, servers);
  if (rc != MEMCACHED_SUCCESS) {
    fprintf(stderr, "Couldn't add memcached server\n");
    exit(-1);
  }
  return m;
}

// This function sometimes gets called in a polling loop - ensure that there
// are no memory leaks or unterminated memcached connections!
int hrd_get_published(const char *key, void **value) {
  assert(key != nullptr);
  if (memc == nullptr) memc = hrd_create_memc();

  memcached_return rc;
  size_t value_length;
  uint32_t flags;
  *value = memcached_get(memc, key, strlen(key), &value_length, &flags, &rc);
  if (rc == MEMCACHED_SUCCESS) return static_cast<int>(value_length);
  if (rc == MEMCACHED_NOTFOUND) return -1;
  fprintf(stderr, "HRD: Error finding value for key \"%s\": %s\n", key, memcached_strerror(memc, rc));
  exit(-1);
}

void hrd_wait_till_ready(const char *qp_name) {
  char *value;
  while (true) {
    int ret = hrd_get_published(qp_name, reinterpret_cast<void **>(&value));
    if (ret > 0 && strcmp(value, "hrd_ready") == 0) return;
    usleep(200000);
  }
}
