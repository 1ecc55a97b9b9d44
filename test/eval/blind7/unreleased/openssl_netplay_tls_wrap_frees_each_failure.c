// SOURCE: public GitHub file (ZSNES netplay tls_wrap; search-index id 56861239002; the index does not name its repository)
// LIBRARY: OpenSSL
// SHAPE: negative - SSL_CTX_new and SSL_new in a local; the SSL_new failure frees the context, a failed handshake and a certificate-pin mismatch free both, and on success both are stored in the caller's NetIO struct (out-parameter)
#include <openssl/ssl.h>
#include <stddef.h>

typedef struct NetIO {
  int sock;
  SSL *ssl;
  SSL_CTX *ssl_ctx;
} NetIO;

int verify_pin(SSL *ssl, const char *pin_hex);
void set_status(const char *msg);

int tls_wrap(NetIO *io, const char *host, const char *pin_hex, int insecure) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL)
    return 0;
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
  SSL_CTX_set_default_verify_paths(ctx);

  if (pin_hex != NULL || insecure)
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  else
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);

  SSL *ssl = SSL_new(ctx);
  if (ssl == NULL) {
    SSL_CTX_free(ctx);
    return 0;
  }
  SSL_set_tlsext_host_name(ssl, host);
  SSL_set_fd(ssl, io->sock);

  if (SSL_connect(ssl) != 1) {
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
  }

  if (pin_hex != NULL && !verify_pin(ssl, pin_hex)) {
    SSL_shutdown(ssl);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    set_status("CERTIFICATE PIN MISMATCH");
    return 0;
  }

  io->ssl = ssl;
  io->ssl_ctx = ctx;
  return 1;
}
