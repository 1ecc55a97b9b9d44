// SOURCE: public GitHub file DataBaseConnect.cpp of a game server on SOCI/MySQL, FDataBaseConnect::KeepPoolAlive (search-index id 62017625451; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - (hard) maintenance first collects the free slots by try_lease(Pos, 0) in a while condition, giving each back in the body; then re-leases each slot, skipping it with `continue` when try_lease fails, pings it, closes and reopens a dead session in place inside nested try/catch, and gives the slot back after the try on every path (a `false` try_lease is a documented known problem, and close() on the leased session is followed by open())
// FLAGS:
#include <soci/soci.h>

#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

static const char *SESSION_VARS =
    "SET SESSION wait_timeout = 86400, SESSION interactive_timeout = 86400";

class FDataBaseConnect {
public:
  static void KeepPoolAlive();

private:
  static std::unique_ptr<soci::connection_pool> Pool;
  static bool bPoolInitialized;
  static std::string ConnectionString;
};

void FDataBaseConnect::KeepPoolAlive() {
  static std::mutex MaintenanceMutex;

  // Non-blocking: if another thread is already running maintenance, skip.
  if (!MaintenanceMutex.try_lock())
    return;
  std::lock_guard<std::mutex> Lock(MaintenanceMutex, std::adopt_lock);

  if (!bPoolInitialized || !Pool)
    return;

  // collect all currently-free slot positions
  std::vector<std::size_t> FreeSlots;
  {
    std::size_t Pos = 0;
    while (Pool->try_lease(Pos, 0)) { // 0 = don't wait for a busy slot
      FreeSlots.push_back(Pos);
      Pool->give_back(Pos);
    }
  }

  // validate each free slot, revive dead ones
  size_t ReplacedCount = 0;
  for (std::size_t SlotPos : FreeSlots) {
    // Re-lease. If another thread grabbed it since pass 1, skip.
    std::size_t Pos = SlotPos;
    if (!Pool->try_lease(Pos, 0))
      continue;

    try {
      soci::session &Session = Pool->at(Pos);
      Session.once << "SELECT 1";
    } catch (const soci::soci_error &) {
      // Connection is dead: close and reopen in place.
      try {
        soci::session &Session = Pool->at(Pos);
        try {
          Session.close();
        } catch (...) { /* expected for dead connections */
        }
        Session.open("mysql", ConnectionString);
        Session.once << SESSION_VARS;
        ++ReplacedCount;
      } catch (const soci::soci_error &e2) {
        std::cerr << "KeepPoolAlive: failed to replace dead connection at index "
                  << Pos << ": " << e2.what() << "\n";
      }
    }

    Pool->give_back(Pos);
  }

  if (ReplacedCount > 0)
    std::cerr << "KeepPoolAlive: replaced " << ReplacedCount << " of "
              << FreeSlots.size() << " free slot(s)\n";
}
