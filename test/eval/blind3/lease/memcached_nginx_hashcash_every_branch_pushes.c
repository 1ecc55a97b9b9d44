// SOURCE: public GitHub file of an nginx hashcash module, ngx_http_hashcash_header_check_memcache (search-index id 20527121117; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative (hard) - the token check, passed as a callback to the validator, pops a client and every branch of its if/else-if chain pushes it back before returning, including the failed-pop branch, which pushes the NULL it got (harmless: the pool rejects NULL); nginx's request and logging types reduced
#include <libmemcachedutil-1.0/pool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define NGX_OK 0
#define NGX_MODULE_HASHCASH_DUPLICATE (-4)

typedef struct {
  void *pool;
  const char *prefix;
  const char *nonce;
  time_t max_time_diff;
} ngx_http_hashcash_module_check_ctx_t;

typedef int16_t (*hashcash_check_fn)(ngx_http_hashcash_module_check_ctx_t *ctx);
int16_t ngx_http_hashcash_module_validate_token(
    ngx_http_hashcash_module_check_ctx_t *ctx, hashcash_check_fn check);

static int16_t
ngx_http_hashcash_header_check_memcache(ngx_http_hashcash_module_check_ctx_t *ctx) {
  memcached_return rc;
  memcached_pool_st *pool = (memcached_pool_st *)ctx->pool;

  memcached_st *memcache = memcached_pool_pop(pool, true, &rc);
  if (rc != MEMCACHED_SUCCESS) {
    fprintf(stderr, "Failed to connect to memcached (%s)\n",
            memcached_strerror(memcache, rc));
    memcached_pool_push(pool, memcache);
    return NGX_OK;
  } else {
    size_t len = strlen(ctx->prefix) + strlen(ctx->nonce);
    char key[len + 1];
    key[0] = 0;
    strcat(key, ctx->prefix);
    strcat(key, ctx->nonce);

    rc = memcached_replace(memcache, key, strlen(key), "", 0,
                           ctx->max_time_diff, (uint32_t)0);

    if (rc == MEMCACHED_SUCCESS) {
      memcached_pool_push(pool, memcache);
      fprintf(stderr, "refreshed used key '%s'\n", key);
      return NGX_MODULE_HASHCASH_DUPLICATE;
    } else if (rc == MEMCACHED_NOTSTORED) {
      rc = memcached_set(memcache, key, strlen(key), "", 0, ctx->max_time_diff,
                         (uint32_t)0);
      if (rc == MEMCACHED_SUCCESS) {
        memcached_pool_push(pool, memcache);
        fprintf(stderr, "Saved key '%s' to memcache\n", key);
        return NGX_OK;
      } else {
        memcached_pool_push(pool, memcache);
        fprintf(stderr, "Failed to save key (%s)\n",
                memcached_strerror(memcache, rc));
        return NGX_OK;
      }
    } else {
      memcached_pool_push(pool, memcache);
      fprintf(stderr, "Failed to replace key (%s)\n",
              memcached_strerror(memcache, rc));
      return NGX_OK;
    }
  }
  return NGX_OK;
}

int16_t hashcash_check_token(ngx_http_hashcash_module_check_ctx_t *ctx) {
  return ngx_http_hashcash_module_validate_token(
      ctx, ngx_http_hashcash_header_check_memcache);
}
