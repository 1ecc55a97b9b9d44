// SOURCE: public GitHub file (HTTPS client helper returning an SSL*; search-index id 24436005253; the index does not name its repository)
// LIBRARY: openssl
// SHAPE: positive - SSL_CTX_new and SSL_new in a connect helper; every failure after them closes only the socket and returns NULL, so the context (and the SSL once made) is never freed
#include <openssl/ssl.h>
#include <stddef.h>
#include <unistd.h>

SSL *ssl_connect_fd(int *sockfd) {
  SSL_CTX *ctx;
  SSL *ssl;
  ctx = SSL_CTX_new(SSLv23_client_method()); // EXPECT-WARN
  if (ctx == NULL) {
    close(*sockfd);
    return NULL;
  }
  ssl = SSL_new(ctx); // EXPECT-WARN
  if (ssl == NULL) {
    close(*sockfd);
    return NULL;
  }
  int ret = SSL_set_fd(ssl, *sockfd);
  if (ret == 0) {
    close(*sockfd);
    return NULL;
  }
  ret = SSL_connect(ssl);
  if (ret != 1) {
    close(*sockfd);
    return NULL;
  }
  return ssl;
}
