// A plugin's unload hook (modExit, plugin_unload, mod_detach, a destructor)
// runs once, when the host unloads the module or ends: a library teardown
// there is on a shutdown path, and a shared connection may be closed there.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c11 \
// RUN:   -I/usr/include/mariadb | %diags | count 0

#include <hiredis/hiredis.h>
#include <mysql.h>

static redisContext *Conn;

// The host calls this when it unloads the module.
static int modExit(void) {
  mysql_library_end();
  return 0;
}

// Same, under another plugin API's name.
static void plugin_unload(void) {
  redisFree(Conn);
}

// And another's.
static int mod_detach(void *Instance) {
  (void)Instance;
  mysql_server_end();
  return 0;
}

struct module_exports {
  int (*ExitHook)(void);
  void (*UnloadHook)(void);
  int (*DetachHook)(void *);
};

const struct module_exports Exports = {modExit, plugin_unload, mod_detach};

// A destructor the host runs when it frees the module's instance.
static int _mod_destructor(void *Instance) {
  (void)Instance;
  mysql_library_end();
  return 0;
}

int (*const InstanceDestructor)(void *) = _mod_destructor;
