// SOURCE: public GitHub file (encrypt_socket in a TLS chat server; search-index id 58506994393; the index does not name its repository)
// LIBRARY: openssl
// SHAPE: positive - the server context is created per socket; when the certificate or key cannot be loaded the function returns NULL without SSL_CTX_free (the SSL_CTX_free after SSL_new and the SSL_free on the set_fd failure are reconstructed, so only that return leaks)
#include <openssl/ssl.h>
#include <stdio.h>

#define CLIENT_CERT "cert.pem"
#define CLIENT_KEY "key.pem"

SSL *encrypt_socket(int fd) {
  SSL_CTX *ssl_ctx;
  ssl_ctx = SSL_CTX_new(SSLv23_server_method()); // EXPECT-WARN
  SSL_CTX_set_options(ssl_ctx, SSL_OP_SINGLE_DH_USE);
  int use_cert = SSL_CTX_use_certificate_file(ssl_ctx, CLIENT_CERT, SSL_FILETYPE_PEM);
  int use_key = SSL_CTX_use_PrivateKey_file(ssl_ctx, CLIENT_KEY, SSL_FILETYPE_PEM);
  if (use_cert <= 0 || use_key <= 0) {
    printf("ERROR LOADING SSL CERT OR KEY\n");
    return NULL;
  }
  SSL *cSSL = SSL_new(ssl_ctx);
  SSL_CTX_free(ssl_ctx); /* the SSL keeps its own reference */
  if (cSSL == NULL)
    return cSSL;
  if (!SSL_set_fd(cSSL, fd)) {
    SSL_free(cSSL);
    return NULL;
  }
  return cSSL;
}
