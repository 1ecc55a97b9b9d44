// A stub of an in-house key-value client's C API (see model-acme-kv.yaml).
#ifndef ACME_KV_H
#define ACME_KV_H

typedef struct acme_kv acme_kv;
typedef struct acme_kv_batch acme_kv_batch;

// Returns a handle even when the connection fails; acme_kv_error says why.
acme_kv *acme_kv_open(const char *address);
int acme_kv_error(const acme_kv *kv);
// Accepts NULL.
void acme_kv_close(acme_kv *kv);
int acme_kv_put(acme_kv *kv, const char *key, const char *value);

// A batch is freed by acme_kv_close or by acme_kv_submit, which takes it.
acme_kv_batch *acme_kv_batch_new(void);
void acme_kv_batch_free(acme_kv_batch *batch);
int acme_kv_submit(acme_kv *kv, acme_kv_batch *batch);

#endif
