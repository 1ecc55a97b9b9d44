// SOURCE: public GitHub file (link-grammar SQLite dictionary loader object_open; search-index id 4089459; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - sqlite3_open into a local; on any non-zero status it reports sqlite3_errmsg, closes the handle and returns NULL; on success the handle is returned to the caller as a void pointer
#include <sqlite3.h>
#include <stdio.h>
#include <sys/stat.h>

void prt_error(const char *fmt, ...);

void *object_open(const char *fullname, const void *user_data) {
  struct stat buf;
  sqlite3 *db;
  (void)user_data;

  FILE *fh = fopen(fullname, "r");
  if (NULL == fh)
    return NULL;

  fstat(fileno(fh), &buf);
  fclose(fh);
  if (0 == buf.st_size)
    return NULL;

  if (sqlite3_open(fullname, &db)) {
    prt_error("Error: Can't open database %s: %s\n", fullname,
              sqlite3_errmsg(db));
    sqlite3_close(db);
    return NULL;
  }
  return (void *)db;
}
