// SOURCE: public GitHub file res_zmq_manager.c, an Asterisk module (search-index id 34119115849; _unload_module, unload_module; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - the module's unload hook stops the command thread, then closes the module's two sockets and terminates its ZeroMQ context; Asterisk calls unload_module once, when the module or the process goes away
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <zmq.h>

struct app {
  pthread_t pth_cmd;
  void *zmq_ctx;
  void *sock_cmd;
  void *sock_evt;
};

static struct app *g_app;

/* Command thread: answers requests on the REP socket. */
static void *cmd_thread(void *data) {
  (void)data;
  char buf[1024];
  for (;;) {
    int n = zmq_recv(g_app->sock_cmd, buf, sizeof(buf) - 1, 0);
    if (n < 0)
      continue;
    zmq_send(g_app->sock_cmd, "ok", 2, 0);
  }
  return NULL;
}

static int _unload_module(void) {
  pthread_cancel(g_app->pth_cmd);
  pthread_kill(g_app->pth_cmd, SIGTERM);
  pthread_join(g_app->pth_cmd, NULL);

  zmq_close(g_app->sock_cmd);
  zmq_close(g_app->sock_evt);
  zmq_term(g_app->zmq_ctx);

  free(g_app);
  return 1;
}

static int unload_module(void) {
  _unload_module();
  return 0;
}

static int load_module(void) {
  g_app = calloc(1, sizeof(*g_app));
  if (!g_app)
    return -1;
  g_app->zmq_ctx = zmq_ctx_new();
  g_app->sock_cmd = zmq_socket(g_app->zmq_ctx, ZMQ_REP);
  g_app->sock_evt = zmq_socket(g_app->zmq_ctx, ZMQ_PUB);
  zmq_bind(g_app->sock_cmd, "tcp://*:967");
  zmq_bind(g_app->sock_evt, "tcp://*:968");
  pthread_create(&g_app->pth_cmd, NULL, cmd_thread, NULL);
  return 0;
}

/* What AST_MODULE_INFO registers with the core. */
struct module_info {
  int (*load)(void);
  int (*unload)(void);
};
const struct module_info res_zmq_manager_info = {load_module, unload_module};
