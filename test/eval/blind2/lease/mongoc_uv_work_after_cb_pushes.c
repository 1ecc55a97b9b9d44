// SOURCE: rendered from the pattern of running mongoc calls on libuv's thread pool with a request struct that carries the pooled client (mongo-c-driver docs: "the client structure should be considered owned by the calling thread ... placed back into the pool", public GitHub file, search-index id 242208452)
// LIBRARY: mongoc
// SHAPE: negative - the popped client is stored in a heap request handed to uv_queue_work; the after-work callback pushes it back and frees the request; the queue failure path pushes it itself
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>
#include <uv.h>

struct find_req {
  uv_work_t work;
  mongoc_client_pool_t *pool;
  mongoc_client_t *client;
  char *collection;
  long count;
};

static void find_work(uv_work_t *w) {
  struct find_req *req = w->data;
  mongoc_collection_t *coll =
      mongoc_client_get_collection(req->client, "app", req->collection);
  bson_t filter = BSON_INITIALIZER;
  req->count =
      (long)mongoc_collection_count_documents(coll, &filter, NULL, NULL, NULL,
                                              NULL);
  mongoc_collection_destroy(coll);
}

static void find_after(uv_work_t *w, int status) {
  struct find_req *req = w->data;
  (void)status;
  mongoc_client_pool_push(req->pool, req->client);
  free(req->collection);
  free(req);
}

int count_async(uv_loop_t *loop, mongoc_client_pool_t *pool, char *name) {
  struct find_req *req = calloc(1, sizeof *req);
  if (!req)
    return -1;
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  req->work.data = req;
  req->pool = pool;
  req->client = client;
  req->collection = name;
  if (uv_queue_work(loop, &req->work, find_work, find_after) != 0) {
    mongoc_client_pool_push(pool, client);
    free(req);
    return -1;
  }
  return 0;
}
