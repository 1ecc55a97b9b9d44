// SOURCE: https://github.com/habdig7oficial/Nebula-Backend/blob/HEAD/trigger.cpp (global pqxx::connection cx{PG_URL} and pqxx::work tx{cx}; CROW_ROUTE lambda queries through tx)
// LIBRARY: libpqxx
// FLAGS: -I../stubs
// SHAPE: negative - connection is a namespace-scope global made once; the route lambda only uses it
#include "crow.h"
#include <iostream>
#include <pqxx/pqxx>
#include <string>

#define PG_URL "postgresql://localhost/nebula"
using namespace std;

pqxx::connection cx{PG_URL};
pqxx::work tx{cx};

int main() {
  crow::SimpleApp app;
  CROW_ROUTE(app, "/")([]() {
    // libpqxx 7 query_value<string>(); 6.4 (Debian) spells it exec1()[0].as<string>()
    string v = tx.exec1("SELECT 'lorem'")[0].as<string>();
    return v;
  });
  app.port(7777).multithreaded().run();
}
