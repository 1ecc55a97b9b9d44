// SOURCE: UmakantKulkarni/open5gs, src/amf/pcs-helper.c, pcs_amf_create_udsf (search-index id 14975199850)
// LIBRARY: mongoc
// SHAPE: positive - a pthread worker try-pops a client (falling back to a shared collection when the pool is empty), then returns NULL when the PDU session is gone; the client popped on the success branch is pushed only at the end of the thread function (Open5GS types reduced to small structs; the pthread_create caller is reconstructed)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

extern mongoc_client_pool_t *PCS_MONGO_POOL;

typedef struct amf_ue_s {
  char *supi;
} amf_ue_t;
typedef struct ran_ue_s {
  amf_ue_t *amf_ue;
} ran_ue_t;
typedef struct amf_sess_s {
  amf_ue_t *amf_ue;
  int pcs_udsfcreatedone;
} amf_sess_t;

struct pcs_amf_create_udsf_s {
  uint64_t pcs_amfuengapid;
  uint8_t pcs_pdusessionid;
  mongoc_collection_t *pcs_dbcollection;
};

ran_ue_t *ran_ue_find_by_amf_ue_ngap_id(uint64_t id);
amf_sess_t *amf_sess_find_by_psi(amf_ue_t *amf_ue, uint8_t psi);
char *read_data_from_db(mongoc_collection_t *collection, char *docid);
int insert_create_data(mongoc_collection_t *collection, amf_sess_t *sess,
                       char *imsi);

void *pcs_amf_create_udsf(void *pcs_amfcreateudsf) {
  struct pcs_amf_create_udsf_s *args = pcs_amfcreateudsf;

  ran_ue_t *ran_ue = ran_ue_find_by_amf_ue_ngap_id(args->pcs_amfuengapid);
  amf_ue_t *amf_ue;
  if (ran_ue) {
    amf_ue = ran_ue->amf_ue;
  } else {
    return NULL;
  }

  amf_sess_t *sess = amf_sess_find_by_psi(amf_ue, args->pcs_pdusessionid);
  char *pcs_dbcollectioname = getenv("PCS_DB_COLLECTION_NAME");

  mongoc_collection_t *pcs_dbcollection;
  mongoc_client_t *pcs_mongoclient =
      mongoc_client_pool_try_pop(PCS_MONGO_POOL); // EXPECT-WARN
  if (pcs_mongoclient == NULL) {
    pcs_dbcollection = args->pcs_dbcollection;
  } else {
    pcs_dbcollection = mongoc_client_get_collection(pcs_mongoclient, "pcs_db",
                                                    pcs_dbcollectioname);
  }
  char *pcs_imsistr;
  if (sess) {
    pcs_imsistr = sess->amf_ue->supi;
  } else {
    return NULL;
  }
  pcs_imsistr += 5;
  char *pcs_dbrdata = read_data_from_db(pcs_dbcollection, pcs_imsistr);
  if (pcs_dbrdata == NULL || pcs_dbrdata[0] == '\0')
    insert_create_data(pcs_dbcollection, sess, pcs_imsistr);
  free(pcs_dbrdata);

  mongoc_collection_destroy(pcs_dbcollection);
  mongoc_client_pool_push(PCS_MONGO_POOL, pcs_mongoclient);
  sess->pcs_udsfcreatedone = 1;
  return NULL;
}

int pcs_start_create_udsf(struct pcs_amf_create_udsf_s *args) {
  pthread_t thread;
  if (pthread_create(&thread, NULL, pcs_amf_create_udsf, args) != 0)
    return -1;
  return pthread_detach(thread);
}
