// SOURCE: https://github.com/lunarmodules/luasql/issues/45 (ls_postgres.c env_connect before the fix)
// LIBRARY: libpq
// SHAPE: positive - when PQstatus() is CONNECTION_BAD the function returns the error without PQfinish (memory grows while a script keeps retrying an offline database)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

typedef struct lua_State lua_State;
const char *luaL_checkstring(lua_State *L, int arg);
const char *luaL_optstring(lua_State *L, int arg, const char *def);
int luasql_failmessage(lua_State *L, const char *err, const char *m);
int create_connection(lua_State *L, int env, PGconn *const pg_conn); /* stores pg_conn in a userdata */
void notice_processor(void *arg, const char *message);

static int env_connect(lua_State *L) {
  const char *sourcename = luaL_checkstring(L, 2);
  const char *username = luaL_optstring(L, 3, NULL);
  const char *password = luaL_optstring(L, 4, NULL);
  const char *pghost = luaL_optstring(L, 5, NULL);
  const char *pgport = luaL_optstring(L, 6, NULL);
  PGconn *conn;
  conn = PQsetdbLogin(pghost, pgport, NULL, NULL, sourcename, username, password); // EXPECT-WARN

  if (PQstatus(conn) == CONNECTION_BAD)
    return luasql_failmessage(L, "error connecting to database. PostgreSQL: ", PQerrorMessage(conn));
  PQsetNoticeProcessor(conn, notice_processor, NULL);
  return create_connection(L, 1, conn);
}
