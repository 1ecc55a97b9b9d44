// A lease handed to a user function whose body gives it back (a completion
// callback, directly or through one more helper) is given back there: the
// caller does not lose it.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

struct ReportJob {
  mongoc_client_pool_t *Pool;
  const char *Name;
};

// Pushes the client back to the job's pool.
static void releaseClient(ReportJob &Job, mongoc_client_t *Client) {
  mongoc_client_pool_push(Job.Pool, Client);
}

// Runs when a report finishes, successfully or not.
static void onReportDone(ReportJob &Job, mongoc_client_t *Client,
                         const bson_error_t *Error) {
  if (Error != nullptr)
    MONGOC_WARNING("report '%s' failed: %s", Job.Name, Error->message);
  releaseClient(Job, Client);
}

// Every path ends in the completion callback.
void runReport(ReportJob &Job) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Job.Pool);
  mongoc_collection_t *Orders =
      mongoc_client_get_collection(Client, "shop", "orders");
  bson_error_t Error;
  bson_t Filter = BSON_INITIALIZER;
  int64_t Count = mongoc_collection_count_documents(Orders, &Filter, nullptr,
                                                    nullptr, nullptr, &Error);
  mongoc_collection_destroy(Orders);
  if (Count < 0) {
    onReportDone(Job, Client, &Error);
    return;
  }
  onReportDone(Job, Client, nullptr);
}

// Only logs the client it is given.
static void logReport(ReportJob &Job, mongoc_client_t *Client) {
  MONGOC_INFO("report '%s' on client %p", Job.Name, (void *)Client);
}

// Control: a callback that does not give the client back.
void runReportLogOnly(ReportJob &Job) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Job.Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+3]]:1: note: it leaks when 'runReportLogOnly' ends here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  logReport(Job, Client);
}
