// A lease captured by a lambda that is stored beyond the call belongs to
// the lambda, which gives it back when it runs. Nothing is reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <functional>
#include <mongoc/mongoc.h>
#include <vector>

class Exporter {
public:
  // The completion handler pushes the client back when the export ends.
  void startExport(mongoc_client_pool_t *Pool) {
    mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
    OnFinished = [Pool, Client] { mongoc_client_pool_push(Pool, Client); };
  }

  // Captured by a task kept in a member queue.
  void queueCompact(mongoc_client_pool_t *Pool) {
    mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
    Tasks.push_back([Pool, Client] {
      bson_t *Compact = BCON_NEW("compact", BCON_UTF8("events"));
      mongoc_client_command_simple(Client, "shop", Compact, nullptr, nullptr,
                                   nullptr);
      bson_destroy(Compact);
      mongoc_client_pool_push(Pool, Client);
    });
  }

  // Control: a lambda that only runs during the call does not keep it.
  void compactNow(mongoc_client_pool_t *Pool) {
    mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
    // CHECK: :[[@LINE-1]]:31: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
    // CHECK: :[[@LINE+7]]:3: note: it leaks when 'Exporter::compactNow' ends here
    // CHECK: :[[@LINE-3]]:31: note: give it back with 'mongoc_client_pool_push' on every path
    auto Run = [Client] {
      mongoc_client_command_simple(Client, "shop", nullptr, nullptr, nullptr,
                                   nullptr);
    };
    Run();
  }

private:
  std::function<void()> OnFinished;
  std::vector<std::function<void()>> Tasks;
};
