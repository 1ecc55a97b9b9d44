// SOURCE: public GitHub file (retro game DAT updater, update_database(); search-index id 32352429065; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - sqlite3_open() failure shows a dialog and returns without sqlite3_close; the rest of the function (shortened here) closes the database
#include <sqlite3.h>

#define DB_PATH "/userdata/system/.romdb/games.db"
#define NUM_SYSTEMS 3

void ensure_data_dir(void);
void run_dialog_msgbox(const char *title, const char *msg, int h, int w);
int download_and_extract_dat(const char *sys);
void create_table_schema(sqlite3 *db);
static const char *SYSTEMS[NUM_SYSTEMS] = {"nes", "snes", "gba"};

void update_database() {
  ensure_data_dir();
  sqlite3 *db;
  if (sqlite3_open(DB_PATH, &db) != SQLITE_OK) { // EXPECT-WARN
    run_dialog_msgbox("Error", "Failed to open DB", 8, 50);
    return;
  }
  create_table_schema(db);
  for (int i = 0; i < NUM_SYSTEMS; i++) {
    if (download_and_extract_dat(SYSTEMS[i]) != 0)
      continue;
  }
  sqlite3_close(db);
}
