// A function that runs a library's init itself, and is not frequently
// invoked, may tear the library down again: a tool's whole run, for example.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb -I/usr/include/libmongoc-1.0 \
// RUN:   -I/usr/include/libbson-1.0 | %diags \
// RUN:   | count 0

#include <curl/curl.h>
#include <mongoc/mongoc.h>
#include <mysql.h>

// Downloads one file with libcurl initialised around the transfer.
int downloadOnce(const char *Url) {
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
    return -1;
  CURL *Easy = curl_easy_init();
  curl_easy_setopt(Easy, CURLOPT_URL, Url);
  CURLcode Rc = curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
  curl_global_cleanup();
  return Rc == CURLE_OK ? 0 : -1;
}

// Migrates the schema with the MySQL client library initialised around it
// (mysql_library_init and _end are macros in Connector/C).
int migrateSchema() {
  if (mysql_library_init(0, nullptr, nullptr) != 0)
    return -1;
  MYSQL *Conn = mysql_init(nullptr);
  int Rc = mysql_real_connect(Conn, "localhost", "app", "", "shop", 0, nullptr,
                              0) != nullptr
               ? 0
               : -1;
  mysql_close(Conn);
  mysql_library_end();
  return Rc;
}

// Pings MongoDB once with the driver initialised around it.
bool pingMongo(const char *Uri) {
  mongoc_init();
  mongoc_client_t *Client = mongoc_client_new(Uri);
  bool Ok = Client != nullptr;
  mongoc_client_destroy(Client);
  mongoc_cleanup();
  return Ok;
}
