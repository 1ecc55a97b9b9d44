// An override of a base class method named in the HandlerMethods option runs
// as a handler: a libpq connection opened in it is opened on every call. The
// option comes from a configuration file; without it nothing is hot.
// RUN: echo "{Checks: '-*,resource-per-call-client', CheckOptions: {resource-per-call-client.HandlerMethods: 'jobs::Job::execute'}}" > %t.clang-tidy
// RUN: %tidy -config-file=%t.clang-tidy %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <postgresql/libpq-fe.h>

// The application's own job framework: execute() runs once per job.
namespace jobs {
class Job {
public:
  virtual ~Job();
  virtual void execute() = 0;
};
} // namespace jobs

// Every invoice job connects to the database anew.
class InvoiceJob : public jobs::Job {
  void execute() override {
    PGconn *Conn = PQconnectdb("dbname=billing");
    // CHECK: :[[@LINE-1]]:20: warning: 'PQconnectdb' creates a new 'PGconn' on every call to 'InvoiceJob::execute'; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:8: note: 'InvoiceJob::execute' is a handler (configured in HandlerMethods): it overrides 'jobs::Job::execute'
    // CHECK: :[[@LINE-3]]:20: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    PQclear(PQexec(Conn, "INSERT INTO invoices DEFAULT VALUES"));
    PQfinish(Conn);
  }
};
