// A teardown in a function that neither is a shutdown path nor ran the init
// itself ends the library for code that initialised it elsewhere. Through a
// macro (mysql_library_end is one over mysql_server_end in Connector/C) the
// warning names the function called and clang adds the expansion. A helper
// that main calls as its last use of the library, right before it returns,
// runs at the end of the program and is not reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <curl/curl.h>
#include <mysql.h>

// Uploads the report and tears libcurl down, although main initialised it
// for the whole process.
void uploadReport(const char *Url) {
  CURL *Easy = curl_easy_init();
  curl_easy_setopt(Easy, CURLOPT_URL, Url);
  curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
  curl_global_cleanup();
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_global_cleanup' tears down the whole library outside a shutdown path; every other client of it in the process stops working [resource-shared-client-close]
}

// Exports one table and ends the client library for everyone.
int exportTable(MYSQL *Conn) {
  int Rc = mysql_query(Conn, "SELECT * FROM orders INTO OUTFILE '/tmp/o'");
  mysql_library_end();
  // CHECK: :[[@LINE-1]]:3: warning: 'mysql_server_end' tears down the whole library outside a shutdown path; every other client of it in the process stops working [resource-shared-client-close]
  // CHECK: mysql.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'mysql_library_end'
  return Rc;
}

// Ends the client library at the end of the program.
static void closeDatabase(MYSQL *Conn) {
  mysql_close(Conn);
  mysql_library_end();
}

int main() {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  mysql_library_init(0, nullptr, nullptr);
  MYSQL *Conn = mysql_init(nullptr);
  uploadReport("https://reports.internal/daily");
  exportTable(Conn);
  closeDatabase(Conn);
  return 0;
}
