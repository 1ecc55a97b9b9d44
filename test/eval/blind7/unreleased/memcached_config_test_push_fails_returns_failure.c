// SOURCE: public GitHub file (libmemcached dynamic-client-mode test; search-index id 17568960278; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: positive - memcached_create into a local, then the test returns TEST_FAILURE when memcached_server_push or memcached_set fails without memcached_free; only the success path frees
#include <libmemcached/memcached.h>
#include <stdlib.h>
#include <string.h>

enum test_return { TEST_SUCCESS, TEST_FAILURE };

enum test_return config_server_test(memcached_server_st *configserver) {
  const char *key = "keystring";
  const char *value = "keyvalue";
  size_t value_length;
  uint32_t flags;
  memcached_return rc;

  memcached_st *memc = memcached_create(NULL); // EXPECT-WARN
  memcached_behavior_set(memc, MEMCACHED_BEHAVIOR_NO_BLOCK, 1);

  rc = memcached_server_push(memc, configserver);
  if (rc != MEMCACHED_SUCCESS) {
    return TEST_FAILURE;
  }

  rc = memcached_set(memc, key, strlen(key), value, strlen(value), (time_t)0,
                     (uint32_t)0);
  if (rc != MEMCACHED_SUCCESS)
    return TEST_FAILURE;

  char *result = memcached_get(memc, key, strlen(key), &value_length, &flags, &rc);
  if (result == NULL || strcmp(value, result) != 0) {
    free(result);
    memcached_free(memc);
    return TEST_FAILURE;
  }
  free(result);
  memcached_free(memc);
  return TEST_SUCCESS;
}
