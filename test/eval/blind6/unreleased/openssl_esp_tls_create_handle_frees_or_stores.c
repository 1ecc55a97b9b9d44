// SOURCE: public GitHub file (create_ssl_handle of an esp_tls port; search-index id 4756303618; the index does not name its repository)
// LIBRARY: openssl
// SHAPE: negative - every failure frees what was made so far (SSL, then context); on success both are stored in the caller's tls struct
#include <openssl/ssl.h>
#include <stddef.h>

struct esp_tls {
  int sockfd;
  SSL_CTX *ctx;
  SSL *ssl;
};

int create_ssl_handle(struct esp_tls *tls) {
  int ret;
  SSL_CTX *ssl_ctx = SSL_CTX_new(TLS_client_method());
  if (!ssl_ctx)
    return -1;
  SSL *ssl = SSL_new(ssl_ctx);
  if (!ssl) {
    SSL_CTX_free(ssl_ctx);
    return -1;
  }
  SSL_set_fd(ssl, tls->sockfd);
  ret = SSL_connect(ssl);
  if (ret < 1) {
    SSL_free(ssl);
    SSL_CTX_free(ssl_ctx);
    return -1;
  }
  tls->ctx = ssl_ctx;
  tls->ssl = ssl;
  return 0;
}
