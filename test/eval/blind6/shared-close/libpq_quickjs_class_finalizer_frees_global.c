// SOURCE: public GitHub file (ijjs QuickJS PostgreSQL binding; search-index id 48275792640; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - the finalizer of the JS 'postgre' class, run by the garbage collector for every such object, finishes the process-wide global connection and leaves it set; the next object connects through the freed pointer and a second finalizer frees it again (the QuickJS types are declared here, the binding's connect/query functions reduced)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stddef.h>

/* The parts of quickjs.h this file uses. */
typedef struct JSRuntime JSRuntime;
typedef struct JSValue {
  void *ptr;
  long tag;
} JSValue;
typedef void JSClassFinalizer(JSRuntime *rt, JSValue val);
typedef struct JSClassDef {
  const char *class_name;
  JSClassFinalizer *finalizer;
} JSClassDef;

static PGconn *g_conn = NULL;

static void ijPgFinalizer(JSRuntime *rt, JSValue val) {
  (void)rt;
  (void)val;
  if (g_conn) {
    PQfinish(g_conn); // EXPECT-WARN
  }
}

static JSClassDef ijjs_pg_class = {"postgre", .finalizer = ijPgFinalizer};

/* new postgre(conninfo) */
int ijPgConnect(const char *conninfo) {
  if (!g_conn)
    g_conn = PQconnectdb(conninfo);
  return PQstatus(g_conn) == CONNECTION_OK ? 0 : -1;
}

/* postgre.exec(sql) */
PGresult *ijPgExec(const char *sql) { return PQexec(g_conn, sql); }

const JSClassDef *ijPgClass(void) { return &ijjs_pg_class; }
