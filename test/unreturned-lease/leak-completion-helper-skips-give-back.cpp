// A lease handed to a completion helper that returns early on an error
// without giving it back is lost on that path: the helper returns nothing,
// so its caller cannot tell. The warning is at the pop, with notes at the
// call and at the helper's return. Helpers that tell their caller (a
// result), that leave early only for NULL, or that fall off their end on
// the caller's request are not reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <stdexcept>

struct Job {
  mongoc_client_pool_t *Pool;
  const char *Name;
};

// Gives the client back only when the job succeeded.
static void onJobDone(Job &J, mongoc_client_t *Client,
                      const bson_error_t *Error) {
  if (Error != nullptr) {
    MONGOC_WARNING("job '%s' failed: %s", J.Name, Error->message);
    return;
  }
  mongoc_client_pool_push(J.Pool, Client);
}

void runJob(Job &J) {
  mongoc_client_t *Client = mongoc_client_pool_pop(J.Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bson_error_t Error;
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, &Error);
  bson_destroy(Ping);
  onJobDone(J, Client, Ok ? nullptr : &Error);
  // CHECK: :[[@LINE-1]]:3: note: 'onJobDone' releases it only on some paths
  // CHECK: :[[@LINE-15]]:5: note: it leaks when 'onJobDone' returns here
}

// Throws past the give-back when the job failed.
static void finishOrThrow(Job &J, mongoc_client_t *Client, bool Ok) {
  if (!Ok)
    throw std::runtime_error(J.Name);
  mongoc_client_pool_push(J.Pool, Client);
}

void runJobThrowing(Job &J, bool Ok) {
  mongoc_client_t *Client = mongoc_client_pool_pop(J.Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection
  finishOrThrow(J, Client, Ok);
  // CHECK: :[[@LINE-1]]:3: note: 'finishOrThrow' releases it only on some paths
  // CHECK: :[[@LINE-9]]:5: note: it leaks when this exception is thrown
}

// Control: gives back on every path.
static void onJobDoneAlways(Job &J, mongoc_client_t *Client,
                            const bson_error_t *Error) {
  if (Error != nullptr) {
    MONGOC_WARNING("job '%s' failed: %s", J.Name, Error->message);
    mongoc_client_pool_push(J.Pool, Client);
    return;
  }
  mongoc_client_pool_push(J.Pool, Client);
}

void runJobAlways(Job &J) {
  mongoc_client_t *Client = mongoc_client_pool_pop(J.Pool);
  onJobDoneAlways(J, Client, nullptr);
}

// Control: the early return is for a NULL client only.
static void giveBackIfAny(Job &J, mongoc_client_t *Client) {
  if (Client == nullptr)
    return;
  mongoc_client_pool_push(J.Pool, Client);
}

void runJobTryPop(Job &J) {
  mongoc_client_t *Client = mongoc_client_pool_try_pop(J.Pool);
  giveBackIfAny(J, Client);
}

// Control: the helper tells its caller whether it gave the client back.
static bool giveBackUnlessBusy(Job &J, mongoc_client_t *Client, bool Busy) {
  if (Busy)
    return false;
  mongoc_client_pool_push(J.Pool, Client);
  return true;
}

void runJobTold(Job &J, bool Busy) {
  mongoc_client_t *Client = mongoc_client_pool_pop(J.Pool);
  if (!giveBackUnlessBusy(J, Client, Busy))
    mongoc_client_pool_push(J.Pool, Client);
}

// Control: the caller says whether to give it back and keeps it otherwise.
static void maybeGiveBack(Job &J, mongoc_client_t *Client, bool Done) {
  if (Done)
    mongoc_client_pool_push(J.Pool, Client);
}

void runJobTwice(Job &J) {
  mongoc_client_t *Client = mongoc_client_pool_pop(J.Pool);
  maybeGiveBack(J, Client, false);
  maybeGiveBack(J, Client, true);
}
