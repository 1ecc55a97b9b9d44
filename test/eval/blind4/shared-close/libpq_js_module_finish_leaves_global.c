// SOURCE: ijjs JavaScript runtime, PostgreSQL module (search-index id 48209776443; js_pg_finish, ijPgFinalizer, ijDBExecWorkCb)
// LIBRARY: libpq
// SHAPE: positive - the script-callable 'finish' frees the module's one global connection and leaves the global pointing at it: 'errorMessage', the 'exec' work callback and the class finalizer (which finishes it again while it is non-null) all use it afterwards. The finalizer belongs to the one module object made at load and runs when the runtime is torn down; its own release is not an expectation
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdlib.h>
#include <uv.h>

/* The few QuickJS and runtime declarations the module uses. */
typedef struct JSContext JSContext;
typedef struct JSRuntime JSRuntime;
typedef struct JSValue {
  void *ptr;
  long tag;
} JSValue;
typedef JSValue JSValueConst;
typedef struct JSClassDef {
  const char *class_name;
  void (*finalizer)(JSRuntime *rt, JSValue val);
} JSClassDef;
JSValue js_undefined(void);
JSValue js_new_string(JSContext *ctx, const char *str);
char *js_to_cstring(JSContext *ctx, JSValueConst val);
uv_loop_t *ijGetLoop(JSContext *ctx);

typedef struct {
  char *cmd;
  uv_work_t req;
  int r;
} IJJSDBExecReq;

static PGconn *g_conn = NULL;
static PGresult *g_lastResult = NULL;

static void ijPgFinalizer(JSRuntime *rt, JSValue val) {
  (void)rt;
  (void)val;
  if (g_conn) {
    PQclear(g_lastResult);
    PQfinish(g_conn);
  }
}
JSClassDef ijjs_pg_class = {"postgre", ijPgFinalizer};

static void ijDBExecWorkCb(uv_work_t *req) {
  IJJSDBExecReq *dr = req->data;
  PGresult *ret = PQexec(g_conn, dr->cmd);
  if (g_lastResult && ret) {
    PQclear(g_lastResult);
    g_lastResult = ret;
  }
  if (ret)
    dr->r = 0;
}

static void ijDBExecAfterWorkCb(uv_work_t *req, int status) {
  (void)status;
  IJJSDBExecReq *dr = req->data;
  free(dr->cmd);
  free(dr);
}

/* postgre.exec(sql): runs the statement on the libuv thread pool. */
JSValue js_pg_exec(JSContext *ctx, JSValueConst this_val, int argc,
                   JSValueConst *argv) {
  (void)this_val;
  (void)argc;
  IJJSDBExecReq *dr = malloc(sizeof(*dr));
  if (!dr)
    return js_undefined();
  dr->req.data = dr;
  dr->r = -1;
  dr->cmd = js_to_cstring(ctx, argv[0]);
  if (uv_queue_work(ijGetLoop(ctx), &dr->req, ijDBExecWorkCb,
                    ijDBExecAfterWorkCb) != 0) {
    free(dr->cmd);
    free(dr);
  }
  return js_undefined();
}

/* postgre.finish() */
JSValue js_pg_finish(JSContext *ctx, JSValueConst this_val, int argc,
                     JSValueConst *argv) {
  (void)ctx;
  (void)this_val;
  (void)argc;
  (void)argv;
  PQfinish(g_conn); // EXPECT-WARN
  return js_undefined();
}

/* postgre.errorMessage() */
JSValue js_pg_error(JSContext *ctx, JSValueConst this_val, int argc,
                    JSValueConst *argv) {
  (void)this_val;
  (void)argc;
  (void)argv;
  return js_new_string(ctx, PQerrorMessage(g_conn));
}
