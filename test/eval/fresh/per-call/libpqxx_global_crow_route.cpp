// SOURCE: habdig7oficial/Nebula-Backend trigger.cpp
// LIBRARY: libpqxx
// SHAPE: negative - the connection (and a transaction) are namespace-scope globals used by the CROW_ROUTE handler
// FLAGS: -I../stubs
#include <crow.h>
#include <pqxx/pqxx>

#include <iostream>
#include <string>

#define PG_URL "postgresql://localhost/nebula"

using namespace std;

pqxx::connection cx{PG_URL};
pqxx::work tx{cx};

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/")([]() {
    string v = tx.exec1("SELECT 'lorem'")[0].as<string>();
    return v;
  });

  app.port(7777).multithreaded().run();
}
