// SOURCE: public GitHub file (project_create: `if (!res || PQresultStatus(res) != PGRES_TUPLES_OK) { ...; if (res) PQclear(res); return NULL; }`; search-index id 58546115711; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - the error branch clears the result when there is one; the success path clears it after reading the id, before the later malloc failure return
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Project {
  int id;
  char *slug;
} Project;

typedef struct Db {
  PGconn *conn;
} Db;

Project *project_create(Db *db, const char *slug, const char *name) {
  const char *params[2] = {slug, name};
  PGresult *res = PQexecParams(db->conn,
      "INSERT INTO projects (slug, name) VALUES ($1, $2) RETURNING id", 2,
      NULL, params, NULL, NULL, 0);
  if (!res || PQresultStatus(res) != PGRES_TUPLES_OK) {
    fprintf(stderr, "project_create: %s\n", res ? PQresultErrorMessage(res) : "null result");
    if (res) PQclear(res);
    return NULL;
  }
  int id = atoi(PQgetvalue(res, 0, 0));
  PQclear(res);
  Project *p = malloc(sizeof(Project));
  if (!p) return NULL;
  p->id = id;
  p->slug = strdup(slug);
  return p;
}
