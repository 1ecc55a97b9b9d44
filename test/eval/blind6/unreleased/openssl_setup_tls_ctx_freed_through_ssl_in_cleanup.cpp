// SOURCE: public GitHub file (setupTLS/cleanupTLS of an nghttp2 HTTP client sample; search-index id 10360903183; the index does not name its repository)
// LIBRARY: openssl
// SHAPE: negative (hard) - on success setupTLS returns only the SSL; the context is reached again with SSL_get_SSL_CTX and freed by cleanupTLS, which every caller path calls; the failure paths free both
#include <openssl/ssl.h>
#include <unistd.h>

SSL *setupTLS(int sockfd) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (!ctx)
    return nullptr;
  SSL *ssl = SSL_new(ctx);
  if (!ssl) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  SSL_set_fd(ssl, sockfd);
  if (SSL_connect(ssl) <= 0) {
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return nullptr;
  }
  return ssl;
}

void cleanupTLS(SSL *ssl) {
  if (ssl) {
    SSL_CTX *ctx = SSL_get_SSL_CTX(ssl);
    SSL_shutdown(ssl);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
  }
}

int makeHttpsRequest(int sockfd) {
  SSL *ssl = setupTLS(sockfd);
  if (!ssl) {
    close(sockfd);
    return -1;
  }
  int n = SSL_write(ssl, "GET / HTTP/1.1\r\n\r\n", 18);
  cleanupTLS(ssl);
  close(sockfd);
  return n;
}
