// SOURCE: jtv/libpqxx src/connection.cxx pqxx::connection::cancel_query (public GitHub file, search-index id 9679616529; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - the cancel object is adopted at once by a std::unique_ptr whose deleter is a std::function holding PQfreeCancel; both throws leave through it
// FLAGS: -I/usr/include/postgresql
#include <array>
#include <functional>
#include <libpq-fe.h>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>

class sql_error : public std::runtime_error {
public:
  sql_error(const std::string &msg, const std::string &query)
      : std::runtime_error(msg + " " + query) {}
};

class connection {
public:
  void cancel_query();

private:
  PGconn *m_conn = nullptr;
};

void connection::cancel_query() {
  using pointer = std::unique_ptr<PGcancel, std::function<void(PGcancel *)>>;
  constexpr int buf_size{500};
  std::array<char, buf_size> errbuf;
  pointer cancel{PQgetCancel(m_conn), PQfreeCancel};
  if (cancel == nullptr)
    throw std::bad_alloc{};

  auto const c{PQcancel(cancel.get(), errbuf.data(), buf_size)};
  if (c == 0)
    throw sql_error{std::string{errbuf.data(), errbuf.size()}, "[cancel]"};
}
