// SOURCE: public GitHub file (werewolf game-master server main loop; search-index id 66356289601; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - PQconnectdb on every iteration of a polling loop, with PQfinish only inside 'if (PQstatus(conn) == CONNECTION_OK)'; a failed connection is a PGconn that leaks at the end of each iteration (health-guarded release in a loop; rendered: the loop body is moved into a function called from the loop)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <unistd.h>

int check_victory_condition(int villager_alive_count, int werewolf_alive_count);

void game_master_loop(const char *conninfo) {
  while (1) {
    PGconn *conn = PQconnectdb(conninfo); // EXPECT-WARN
    if (PQstatus(conn) == CONNECTION_OK) {
      int werewolf_alive_count = 1;
      int villager_alive_count = 3;
      int result = check_victory_condition(villager_alive_count,
                                           werewolf_alive_count);
      if (result != 0) {
        PGresult *res = PQexec(conn, "UPDATE game SET phase = 5");
        PQclear(res);
      }
      PQfinish(conn);
    }
    sleep(1);
  }
}
