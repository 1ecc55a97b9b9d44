// A loop that keeps what it builds (filling a container with one connection
// per shard) builds a pool, not a connection per iteration: nothing is
// reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | count 0

#include <amqp.h>
#include <memory>
#include <pqxx/pqxx>
#include <sw/redis++/redis++.h>
#include <vector>

// Raw handles pushed into a vector that the caller keeps.
std::vector<amqp_connection_state_t> openBrokerConnections(int Count) {
  std::vector<amqp_connection_state_t> Connections;
  for (int I = 0; I < Count; ++I)
    Connections.push_back(amqp_new_connection());
  return Connections;
}

// Owned clients moved into a vector that the caller keeps.
std::vector<std::unique_ptr<sw::redis::Redis>> openRedisShards(int Count) {
  std::vector<std::unique_ptr<sw::redis::Redis>> Shards;
  for (int I = 0; I < Count; ++I) {
    auto Shard = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
    Shards.push_back(std::move(Shard));
  }
  return Shards;
}

// Connections made by std::make_unique and kept in a vector of the caller.
std::vector<std::unique_ptr<pqxx::connection>> openDatabasePool(int Count) {
  std::vector<std::unique_ptr<pqxx::connection>> Pool;
  for (int I = 0; I < Count; ++I)
    Pool.push_back(std::make_unique<pqxx::connection>("dbname=app"));
  return Pool;
}
