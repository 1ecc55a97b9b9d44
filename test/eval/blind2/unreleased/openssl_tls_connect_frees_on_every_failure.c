// SOURCE: public GitHub file, bridge_tls_connect (search-index id 53803387996; the index does not name its repository)
// LIBRARY: openssl
// SHAPE: negative - SSL_CTX and SSL are freed on each failure, including the last calloc; on success both are stored in the returned connection
#include <openssl/ssl.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

typedef enum { CONN_PLAIN, CONN_TLS } conn_kind_t;

typedef struct bridge_conn {
  conn_kind_t kind;
  int fd;
  SSL *ssl;
  SSL_CTX *ctx;
} bridge_conn_t;

int tcp_connect(const char *host, uint16_t port);

bridge_conn_t *bridge_tls_connect(const char *host, uint16_t port) {
  int fd = tcp_connect(host, port);
  if (fd < 0)
    return NULL;

  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (!ctx) {
    close(fd);
    return NULL;
  }
  if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
    SSL_CTX_free(ctx);
    close(fd);
    return NULL;
  }

  SSL *ssl = SSL_new(ctx);
  if (!ssl) {
    SSL_CTX_free(ctx);
    close(fd);
    return NULL;
  }

  SSL_set_tlsext_host_name(ssl, host);
  SSL_set_fd(ssl, fd);

  if (SSL_connect(ssl) != 1) {
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
    return NULL;
  }

  bridge_conn_t *c = calloc(1, sizeof(*c));
  if (!c) {
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
    return NULL;
  }
  c->kind = CONN_TLS;
  c->fd = fd;
  c->ssl = ssl;
  c->ctx = ctx;
  return c;
}
