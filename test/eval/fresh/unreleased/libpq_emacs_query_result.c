// SOURCE: anse1/emacs-libpq pq.c (early version of Fpq_query)
// LIBRARY: libpq
// SHAPE: positive - the PQexecParams result is cleared only on the error path (inside result_ok); the success path returns the converted list without PQclear
// FLAGS: -I/usr/include/postgresql -I../stubs
#include <emacs-module.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static emacs_value Qnil;
bool result_ok(emacs_env *env, PGresult *res); /* PQclear()s and signals on error */

static char *my_string_to_c(emacs_env *env, emacs_value string) {
  ptrdiff_t size;
  env->copy_string_contents(env, string, 0, &size);
  char *buf = malloc(size);
  env->copy_string_contents(env, string, buf, &size);
  return buf;
}

static emacs_value Fpq_query(emacs_env *env, int nargs, emacs_value args[], void *data) {
  if (!env->is_not_nil(env, args[0]))
    return Qnil;
  PGconn *conn = env->get_user_ptr(env, args[0]);

  int nParams = nargs - 2;
  const char *paramValues[12];
  for (int i = 0; i < nParams; i++)
    paramValues[i] = my_string_to_c(env, args[2 + i]);

  char *command = my_string_to_c(env, args[1]);
  PGresult *res = PQexecParams(conn, command, nParams, NULL, paramValues, NULL, NULL, 0); // EXPECT-WARN

  for (int i = 0; i < nParams; i++)
    free((void *)paramValues[i]);
  free(command);

  if (!result_ok(env, res))
    return Qnil;

  int ntuples = PQntuples(res);
  emacs_value list = Qnil;
  emacs_value Qcons = env->intern(env, "cons");
  for (int t = ntuples - 1; t >= 0; t--) {
    char *v = PQgetvalue(res, t, 0);
    emacs_value cell[2] = {env->make_string(env, v, strlen(v)), list};
    list = env->funcall(env, Qcons, 2, cell);
  }
  return list;
}
