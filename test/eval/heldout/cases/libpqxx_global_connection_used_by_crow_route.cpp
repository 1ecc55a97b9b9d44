// SOURCE: github.com/habdig7oficial/Nebula-Backend trigger.cpp (`pqxx::connection cx{PG_URL}; pqxx::work tx{cx};` at namespace scope; the CROW_ROUTE lambda only calls tx.query_value)
// LIBRARY: libpqxx
// FLAGS: -I../stubs/crow_stub
// SHAPE: negative - connection is a global constructed at static-initialisation time; the route lambda registered with Crow only uses it
#include "crow.h"
#include <iostream>
#include <pqxx/pqxx>
#include <string>

#define PG_URL "postgresql://nebula:nebula@localhost/nebula"

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
