// SOURCE: public GitHub file (preparar/inserirUsuario of a ticketing system; search-index id 71593353377; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - the helper throws when sqlite3_prepare_v2 fails (nothing was made) and otherwise returns the statement; the caller finalizes it on both the conflict and the normal path
#include <sqlite3.h>
#include <stdexcept>
#include <string>

sqlite3_stmt *preparar(sqlite3 *db, const char *sql, const std::string &contexto) {
  sqlite3_stmt *stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
    throw std::runtime_error("Erro ao preparar " + contexto + ": " + sqlite3_errmsg(db));
  return stmt;
}

bool inserirUsuario(sqlite3 *db, const std::string &nome, const std::string &email) {
  sqlite3_stmt *stmt = preparar(db, "INSERT INTO usuarios (nome, email) VALUES (?, ?)", "insercao");
  sqlite3_bind_text(stmt, 1, nome.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 2, email.c_str(), -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (rc == SQLITE_CONSTRAINT)
    return false;
  if (rc != SQLITE_DONE)
    throw std::runtime_error(std::string("Erro ao inserir: ") + sqlite3_errmsg(db));
  return true;
}
