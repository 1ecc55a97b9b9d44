// A lambda given to boost::asio::post runs once per posted task: a SOCI
// session made in it is made for every task.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <boost/asio.hpp>
#include <soci/soci.h>

// Every audit record is written from a task that opens its own session.
void postAuditRecordWithSessionPerTask(boost::asio::io_context &Io) {
  boost::asio::post(Io, [] {
    soci::session Db("postgresql", "dbname=audit");
    // CHECK: :[[@LINE-1]]:19: warning: 'soci::session' is constructed on every call to the lambda; each construction opens a new database connection [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the lambda is registered with 'boost::asio::post' here as an Asio completion handler
    // CHECK: :[[@LINE-3]]:19: note: 'soci::session' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    Db << "INSERT INTO audit DEFAULT VALUES";
  });
}
