// SOURCE: public GitHub file (rlm_mongodb_ops.c, a FreeRADIUS module; search-index id 49081162813; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the module's detach hook stops and joins its worker threads, destroys each worker's client and collection and then calls mongoc_cleanup(); the server calls detach once when it unloads the module, and instantiate calls it on its own failure path before startup aborts (request processing, queue and configuration parsing cut; module_t reduced to its two hooks)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc.h>

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

typedef struct {
  pthread_t handle;
  mongoc_client_t *client;
  mongoc_collection_t *collection;
} rlm_mongodb_ops_worker_t;

typedef struct {
  struct {
    const char *server;
    const char *db;
    const char *collection;
    int pool_size;
  } cfg;
  bool stop;
  pthread_mutex_t queue_lock;
  rlm_mongodb_ops_worker_t *pool;
} rlm_mongodb_ops_t;

static int mongodb_ops_detach(void *instance);

static void *worker_thread(void *arg) {
  rlm_mongodb_ops_t *inst = arg;
  while (!inst->stop) {
    /* serve queued requests */
  }
  return NULL;
}

static int mongodb_ops_instantiate(void *instance) {
  rlm_mongodb_ops_t *inst = instance;
  int i;

  mongoc_init();
  pthread_mutex_init(&inst->queue_lock, NULL);
  inst->pool = calloc(inst->cfg.pool_size, sizeof(*inst->pool));
  for (i = 0; i < inst->cfg.pool_size; i++) {
    inst->pool[i].client = mongoc_client_new(inst->cfg.server);
    if (!inst->pool[i].client)
      goto err;
    inst->pool[i].collection = mongoc_client_get_collection(
        inst->pool[i].client, inst->cfg.db, inst->cfg.collection);
    if (pthread_create(&inst->pool[i].handle, NULL, worker_thread, inst))
      goto err;
  }
  return 0;

err:
  mongodb_ops_detach(inst);
  return -1;
}

static int mongodb_ops_detach(void *instance) {
  rlm_mongodb_ops_t *inst = instance;
  int i;

  inst->stop = true;
  pthread_mutex_destroy(&inst->queue_lock);

  for (i = 0; i < inst->cfg.pool_size; i++) {
    pthread_join(inst->pool[i].handle, NULL);
    if (inst->pool[i].collection)
      mongoc_collection_destroy(inst->pool[i].collection);
    if (inst->pool[i].client)
      mongoc_client_destroy(inst->pool[i].client);
  }
  free(inst->pool);

  mongoc_cleanup();
  free(instance);

  return 0;
}

typedef struct {
  const char *name;
  int (*instantiate)(void *instance);
  int (*detach)(void *instance);
} module_t;

module_t rlm_mongodb_ops = {
    "mongodb_ops",
    mongodb_ops_instantiate,
    mongodb_ops_detach,
};
