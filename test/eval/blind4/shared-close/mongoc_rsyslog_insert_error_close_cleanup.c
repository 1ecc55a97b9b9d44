// SOURCE: rsyslog/rsyslog plugins/ommongodb/ommongodb.c (search-index id 4460690608; closeMongoDB, doAction, tryResume, freeInstance)
// LIBRARY: mongoc
// SHAPE: positive - (hard) the output module's per-message action closes its client on an insert error through a helper that also calls mongoc_cleanup; the next message runs mongoc_init again, which does not reinitialise the driver after mongoc_cleanup, and every other instance of the module loses the driver too. The helper has a shutdown-like name (close...) and the action is called by the rsyslog core through a function table the check cannot see
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc.h>
#include <pthread.h>
#include <stddef.h>

typedef struct instanceData {
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  bson_error_t error;
  char *uristr;
  char *db;
  char *collection_name;
} instanceData;

typedef struct wrkrInstanceData {
  instanceData *pData;
} wrkrInstanceData_t;

static pthread_mutex_t mutDoAct = PTHREAD_MUTEX_INITIALIZER;

static void closeMongoDB(instanceData *pData) {
  if (pData->client != NULL) {
    if (pData->collection != NULL)
      mongoc_collection_destroy(pData->collection);
    mongoc_client_destroy(pData->client);
    mongoc_cleanup(); // EXPECT-WARN
  }
}

static int initMongoDB(instanceData *pData) {
  mongoc_init();
  pData->client = mongoc_client_new(pData->uristr);
  if (pData->client == NULL)
    return -1;
  pData->collection = mongoc_client_get_collection(pData->client, pData->db,
                                                   pData->collection_name);
  return 0;
}

/* Called by the core to resume a suspended action. */
int tryResume(wrkrInstanceData_t *pWrkrData) {
  if (pWrkrData->pData->client == NULL)
    return initMongoDB(pWrkrData->pData);
  return 0;
}

/* Called by the core for every message routed to this action. */
int doAction(wrkrInstanceData_t *pWrkrData, const bson_t *doc) {
  int iRet = 0;
  instanceData *pData;

  pthread_mutex_lock(&mutDoAct);
  pData = pWrkrData->pData;
  if (pData->client == NULL && initMongoDB(pData) != 0) {
    iRet = -1;
    goto finalize_it;
  }
  if (!mongoc_collection_insert_one(pData->collection, doc, NULL, NULL,
                                    &pData->error)) {
    /* close on insert error to permit resume */
    closeMongoDB(pData);
    iRet = -2; /* RS_RET_SUSPENDED */
  }

finalize_it:
  pthread_mutex_unlock(&mutDoAct);
  return iRet;
}

/* Called by the core when the configuration holding the action is freed. */
void freeInstance(instanceData *pData) { closeMongoDB(pData); }
