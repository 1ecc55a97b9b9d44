// SOURCE: https://github.com/oven-sh/bun/pull/34898 (src/jsc/bindings/sqlite/JSSQLStatement.cpp before the fix; LSAN suppression leak:WebCore::jsSQLStatementOpenStatementFunction)
// LIBRARY: sqlite3
// SHAPE: positive - when sqlite3_open_v2 fails the binding throws a JS exception and returns, leaving the handle sqlite3 wrote into *ppDb
#include <sqlite3.h>

#include <string>

struct JSValue {
  static JSValue encode(int);
};
struct ThrowScope;
struct JSGlobalObject;
int createSQLiteError(JSGlobalObject *g, sqlite3 *db);
void throwException(JSGlobalObject *g, ThrowScope &scope, int error);
int storeDatabase(JSGlobalObject *g, sqlite3 *db); /* the success path hands db to the JS wrapper */

JSValue openStatement(JSGlobalObject *lexicalGlobalObject, ThrowScope &scope, const std::string &path, int openFlags) {
  sqlite3 *db = nullptr;
  int statusCode = sqlite3_open_v2(path.c_str(), &db, openFlags, nullptr); // EXPECT-WARN

  if (statusCode != SQLITE_OK) {
    throwException(lexicalGlobalObject, scope, createSQLiteError(lexicalGlobalObject, db));
    return JSValue::encode(0);
  }
  return JSValue::encode(storeDatabase(lexicalGlobalObject, db));
}
