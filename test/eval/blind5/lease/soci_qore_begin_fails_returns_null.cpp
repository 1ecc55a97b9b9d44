// SOURCE: https://github.com/qoretechnologies/qore/pull/3510 ("release pool connections for new acquisitions if the begin transaction call fails"; rendered with SOCI)
// LIBRARY: soci
// SHAPE: positive - rendered: a transaction opener leases a position and asks a visible helper to begin the transaction; when the helper reports failure the opener returns an empty handle without give_back, so every failed BEGIN costs a session; on success the position goes out inside the handle
#include <soci/soci.h>
#include <iostream>
#include <memory>

struct TxHandle {
  soci::connection_pool *Pool;
  std::size_t Pos;
};

// Begins a transaction; false when the server refused it.
static bool beginTransaction(soci::session &Sql) {
  try {
    Sql.begin();
    return true;
  } catch (const soci::soci_error &E) {
    std::cerr << "BEGIN failed: " << E.what() << "\n";
    return false;
  }
}

std::unique_ptr<TxHandle> openTransaction(soci::connection_pool &Pool) {
  std::size_t Pos = Pool.lease(); // EXPECT-WARN
  soci::session &Sql = Pool.at(Pos);
  if (!beginTransaction(Sql))
    return nullptr;
  return std::unique_ptr<TxHandle>(new TxHandle{&Pool, Pos});
}
