// SOURCE: https://github.com/coopernurse/node-pool/pull/19 (the PR's example of releasing twice: the error branch releases, then the common release after the if/else runs again)
// LIBRARY: soci
// SHAPE: positive - rendered: the JavaScript example written with a soci::connection_pool; when the query fails, the callback is told, the position is given back, and control falls through to the second give_back, so the pool lists the same session as free twice and hands it to two threads (the docs list this as a known problem that is not reported)
// FLAGS:
#include <soci/soci.h>

#include <functional>
#include <string>

using Callback = std::function<void(const std::string *Err, const std::string *Data)>;

void loadValue(soci::connection_pool &pool, const std::string &key,
               const Callback &cb) {
  std::size_t pos = pool.lease();
  soci::session &sql = pool.at(pos);
  std::string data;
  soci::indicator ind = soci::i_null;
  std::string err;
  bool failed = false;
  try {
    sql << "SELECT value FROM kv WHERE key = :k", soci::use(key),
        soci::into(data, ind);
  } catch (const soci::soci_error &e) {
    err = e.what();
    failed = true;
  }
  if (failed) {
    cb(&err, nullptr);
    pool.give_back(pos);
  } else {
    if (sql.got_data() && ind == soci::i_ok) {
      cb(nullptr, &data);
    }
  }
  pool.give_back(pos); // EXPECT-WARN
}
