// SOURCE: public GitHub file XGpkgMap.cpp (search-index id 7839147570; XGpkgMap::~XGpkgMap, ImportGpkg; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - (hard) every GeoPackage opened gets its own XGpkgMap, and each one's destructor calls sqlite3_shutdown(), the process-wide teardown of SQLite, while the maps of the other open GeoPackages still hold connections (sqlite3_shutdown requires all connections closed first); the teardown is in a destructor and sqlite3_shutdown is not in the sqlite3 model
#include <sqlite3.h>

class XGeoBase;

class XGpkgMap {
public:
  XGpkgMap() : m_DB(nullptr) {}
  ~XGpkgMap();
  bool OpenFile(const char *path);
  bool Read(XGeoBase *base);
  static bool ImportGpkg(XGeoBase *base, const char *path);

private:
  sqlite3 *m_DB;
};

XGpkgMap::~XGpkgMap() {
  if (m_DB != nullptr)
    sqlite3_close(m_DB);
  m_DB = nullptr;
  sqlite3_shutdown(); // EXPECT-WARN
}

bool XGpkgMap::OpenFile(const char *path) {
  return sqlite3_open_v2(path, &m_DB, SQLITE_OPEN_READONLY, nullptr) ==
         SQLITE_OK;
}

void AddMap(XGeoBase *base, XGpkgMap *map);

// Imports one GeoPackage file; the base keeps the map while it is displayed.
bool XGpkgMap::ImportGpkg(XGeoBase *base, const char *path) {
  XGpkgMap *file = new XGpkgMap;
  if (!file->OpenFile(path)) {
    delete file;
    return false;
  }
  if (!file->Read(base)) {
    delete file;
    return false;
  }
  AddMap(base, file);
  return true;
}
