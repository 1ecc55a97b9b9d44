// SOURCE: public GitHub file (DPO pair initialiser; search-index id 58787081420; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - NULL-checked failure: `if (db) sqlite3_close(db);` on a failed open; the collector-create failure and the normal path close too (normal path shortened)
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#define HU_OK 0
#define HU_ERR_IO 5
typedef int hu_error_t;
typedef struct hu_dpo_collector hu_dpo_collector_t;
hu_error_t hu_dpo_collector_create(void *alloc, sqlite3 *db, int flags, hu_dpo_collector_t *out);
hu_error_t hu_dpo_collector_run(hu_dpo_collector_t *col);

hu_error_t pair_init_singles(void *alloc) {
  char db_path[1024];
  const char *home = getenv("HOME");
  if (!home || !*home) {
    fprintf(stderr, "[pair-init-singles] HOME not set; cannot locate memory.db\n");
    return HU_ERR_IO;
  }
  snprintf(db_path, sizeof(db_path), "%s/.human/memory.db", home);

  sqlite3 *db = NULL;
  if (sqlite3_open(db_path, &db) != SQLITE_OK) {
    fprintf(stderr, "[pair-init-singles] failed to open %s: %s\n", db_path, db ? sqlite3_errmsg(db) : "(null)");
    if (db)
      sqlite3_close(db);
    return HU_ERR_IO;
  }

  hu_dpo_collector_t *col = NULL;
  hu_error_t cerr = hu_dpo_collector_create(alloc, db, 0, col);
  if (cerr != HU_OK) {
    fprintf(stderr, "[pair-init-singles] collector_create failed: error %d\n", (int)cerr);
    sqlite3_close(db);
    return cerr;
  }
  cerr = hu_dpo_collector_run(col);
  sqlite3_close(db);
  return cerr;
}
