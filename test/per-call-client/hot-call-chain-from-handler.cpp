// A helper called, through another helper, from an HTTP handler runs once per
// request: the notes show each call of the chain down to the registration.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <httplib.h>
#include <soci/soci.h>
#include <string>

// Two calls below the handler, the lookup opens a database session.
static std::string lookupDisplayName(int UserId) {
  soci::session Db("postgresql", "dbname=users");
  // CHECK: :[[@LINE-1]]:17: warning: 'soci::session' is constructed on every call to 'lookupDisplayName'; each construction opens a new database connection [resource-per-call-client]
  // CHECK: :[[@LINE+11]]:19: note: 'lookupDisplayName' is called by 'renderProfile' here
  // CHECK: :[[@LINE+14]]:19: note: 'renderProfile' is called by 'handleProfile' here
  // CHECK: :[[@LINE+17]]:3: note: 'handleProfile' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-5]]:17: note: 'soci::session' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  std::string Name;
  Db << "SELECT name FROM users WHERE id = :id", soci::use(UserId),
      soci::into(Name);
  return Name;
}

static std::string renderProfile(int UserId) {
  return "<h1>" + lookupDisplayName(UserId) + "</h1>";
}

static void handleProfile(const httplib::Request &, httplib::Response &Res) {
  Res.set_content(renderProfile(42), "text/html");
}

void installProfileRoutes(httplib::Server &Server) {
  Server.Get("/profile", handleProfile);
}
