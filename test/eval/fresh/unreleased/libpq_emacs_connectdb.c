// SOURCE: anse1/emacs-libpq pq.c (early version of Fpq_connectdb)
// LIBRARY: libpq
// SHAPE: positive - after a successful connect, `if (!result_ok(env, res)) return Qnil;` leaves the PGconn behind (error-flag path); on success the "set client_encoding" PGresult is never cleared (result_ok only clears it on failure)
// FLAGS: -I/usr/include/postgresql -I../stubs
#include <emacs-module.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static emacs_value Qnil;
static emacs_value Qpq_error;

void pq_finalize_pointer(void *user_ptr) {
  PGconn *conn = user_ptr;
  PQfinish(conn);
}

/* Raise error unless a PGresult is ok. */
bool result_ok(emacs_env *env, PGresult *res) {
  int status = PQresultStatus(res);
  switch (status) {
  case PGRES_NONFATAL_ERROR:
  case PGRES_TUPLES_OK:
  case PGRES_SINGLE_TUPLE:
  case PGRES_COMMAND_OK:
    return true;
  case PGRES_FATAL_ERROR:
  default: {
    char *errmsg = PQresultErrorMessage(res);
    emacs_value errstring = env->make_string(env, errmsg, strlen(errmsg));
    PQclear(res);
    env->non_local_exit_signal(env, Qpq_error, errstring);
  }
    return false;
  }
}

static char *my_string_to_c(emacs_env *env, emacs_value string) {
  ptrdiff_t size;
  env->copy_string_contents(env, string, 0, &size);
  char *buf = malloc(size);
  env->copy_string_contents(env, string, buf, &size);
  return buf;
}

static emacs_value Fpq_connectdb(emacs_env *env, int nargs, emacs_value args[], void *data) {
  char *conninfo = nargs ? my_string_to_c(env, args[0]) : "";
  PGconn *conn = PQconnectdb(conninfo); // EXPECT-WARN

  char *errmsg = PQerrorMessage(conn);
  if (strlen(errmsg)) {
    emacs_value errstring = env->make_string(env, errmsg, strlen(errmsg));
    env->non_local_exit_signal(env, Qpq_error, errstring);
    if (nargs)
      free(conninfo);
    PQfinish(conn);
    return Qnil;
  }

  /* The emacs-module interface always expects utf8 strings */
  PGresult *res = PQexec(conn, "set client_encoding to utf8"); // EXPECT-WARN
  if (!result_ok(env, res))
    return Qnil;

  if (nargs)
    free(conninfo);

  return env->make_user_ptr(env, pq_finalize_pointer, conn);
}
