// SOURCE: UmakantKulkarni/open5gs, branch 340b23a_mongo, src/upf/pcs-helper.c, pcs_upf_create_udsf
// LIBRARY: mongoc
// SHAPE: positive - when single-read mode is off, the UPF's N4 create handler try-pops a client (falling back to a shared collection when the pool is empty) and pushes it back only inside the branch that writes the session; the shared-UDSF branch and the fall-through return with the client still popped (Open5GS types and the document building reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

extern mongoc_client_pool_t *PCS_MONGO_POOL;

typedef struct upf_sess_s {
  uint64_t smf_n4_seid;
  struct {
    char *pcs_dbrdata;
    int pcs_udsfcreatedone;
  } pcs;
} upf_sess_t;

struct pcs_upf_create_udsf_s {
  upf_sess_t *sess;
  uint64_t pcs_upfn4seid;
  mongoc_collection_t *pcs_dbcollection;
};

int pcs_set_int_from_env(const char *pcs_env_var);
upf_sess_t *upf_sess_find_by_up_seid(uint64_t seid);
int insert_data_to_db(mongoc_collection_t *collection, const char *op,
                      uint64_t id, bson_t *doc);
void ogs_info(const char *fmt, ...);
void ogs_error(const char *fmt, ...);

void pcs_upf_create_udsf(void *pcs_upfcreateudsf) {
  struct pcs_upf_create_udsf_s *pcs_upfcreateudsfstruct = pcs_upfcreateudsf;
  char *pcs_dbcollectioname = getenv("PCS_DB_COLLECTION_NAME");
  uint8_t pcs_blockingapienabledcreate =
      pcs_set_int_from_env("PCS_BLOCKING_API_ENABLED_CREATE");
  uint8_t pcs_enablesingleread = pcs_set_int_from_env("PCS_ENABLE_SINGLE_READ");

  upf_sess_t *sess;
  if (pcs_blockingapienabledcreate) {
    sess = pcs_upfcreateudsfstruct->sess;
  } else {
    sess = upf_sess_find_by_up_seid(pcs_upfcreateudsfstruct->pcs_upfn4seid);
  }

  mongoc_client_t *pcs_mongoclient;
  mongoc_collection_t *pcs_dbcollection;
  if (!pcs_enablesingleread) {
    pcs_mongoclient = mongoc_client_pool_try_pop(PCS_MONGO_POOL); // EXPECT-WARN
    if (pcs_mongoclient == NULL) {
      pcs_dbcollection = pcs_upfcreateudsfstruct->pcs_dbcollection;
    } else {
      pcs_dbcollection = mongoc_client_get_collection(
          pcs_mongoclient, "pcs_db", pcs_dbcollectioname);
    }
  }

  char *pcs_dbrdata = sess->pcs.pcs_dbrdata;

  if ((pcs_dbrdata == NULL || strlen(pcs_dbrdata) <= 19) &&
      strcmp(pcs_dbcollectioname, "upf") == 0) {
    bson_t *bson_doc = BCON_NEW("_id", BCON_INT64((int64_t)sess->smf_n4_seid),
                                "pcs-pfcp-est-done", BCON_INT32(1));
    int pcs_rv =
        insert_data_to_db(pcs_dbcollection, "create", sess->smf_n4_seid, bson_doc);
    mongoc_client_pool_push(PCS_MONGO_POOL, pcs_mongoclient);
    if (pcs_rv != 0) {
      ogs_error("PCS Error while inserting N4 Session Establishment data");
    } else {
      sess->pcs.pcs_udsfcreatedone = 1;
    }
  } else if (strcmp(pcs_dbcollectioname, "upf") != 0) {
    ogs_info("PCS Successfully completed N4 Session Establishment transaction "
             "with shared UDSF");
  }

  sess->pcs.pcs_udsfcreatedone = 1;
  return;
}
