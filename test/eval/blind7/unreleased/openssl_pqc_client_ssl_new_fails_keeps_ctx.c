// SOURCE: public GitHub file (PQC TLS client create; search-index id 38303684637; the index does not name its repository)
// LIBRARY: OpenSSL
// SHAPE: positive - a context created into a local, configured, then SSL_new failing returns NULL after freeing only the client struct; the context is freed on the configure and certificate failures but not on this one (rendered: the original keeps the context in client->ctx and frees it on every failure; here the context sits in a local until the client is complete and the SSL_new failure forgets it)
#include <openssl/ssl.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct PQC_Config PQC_Config;

typedef struct PQC_Client {
  const PQC_Config *config;
  SSL_CTX *ctx;
  SSL *ssl;
} PQC_Client;

int pqc_configure_ssl_ctx(SSL_CTX *ctx, const PQC_Config *config);
int pqc_load_certificates(SSL_CTX *ctx, const char *cert_file,
                          const char *key_file, const char *ca_file);

PQC_Client *pqc_client_create(const PQC_Config *config, const char *cert_file,
                              const char *key_file, const char *ca_file) {
  PQC_Client *client = calloc(1, sizeof(PQC_Client));
  if (!client)
    return NULL;
  client->config = config;

  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method()); // EXPECT-WARN
  if (!ctx) {
    free(client);
    return NULL;
  }

  if (!pqc_configure_ssl_ctx(ctx, config)) {
    SSL_CTX_free(ctx);
    free(client);
    return NULL;
  }

  if (!pqc_load_certificates(ctx, cert_file, key_file, ca_file)) {
    SSL_CTX_free(ctx);
    free(client);
    return NULL;
  }

  SSL *ssl = SSL_new(ctx);
  if (!ssl) {
    free(client);
    return NULL;
  }

  client->ctx = ctx;
  client->ssl = ssl;
  return client;
}
