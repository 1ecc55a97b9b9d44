// A handle held in a local or a parameter belongs to its function: releasing
// it, even in a handler or a loop, closes nobody else's client.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | count 0

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <libpq-fe.h>
#include <string>
#include <vector>

// A per-request connection (resource-per-call-client's business, not this
// check's).
static void handleCount(const httplib::Request &, httplib::Response &Res) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  freeReplyObject(redisCommand(C, "INCR hits"));
  redisFree(C);
  Res.status = 204;
}

// One connection per shard, each finished in its iteration.
void vacuumShards(const std::vector<std::string> &Shards) {
  for (const std::string &Shard : Shards) {
    PGconn *Db = PQconnectdb(Shard.c_str());
    PQclear(PQexec(Db, "VACUUM"));
    PQfinish(Db);
  }
}

// The caller hands the handle over; releasing a parameter is the caller's
// contract.
void runTransfer(CURL *Easy) {
  curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
}

void installCount(httplib::Server &Server) {
  Server.Get("/count", handleCount);
}
