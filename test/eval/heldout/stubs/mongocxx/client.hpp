#pragma GCC system_header
#pragma once
#include <mongocxx/uri.hpp>
#include <bsoncxx/document.hpp>
#include <string>
namespace mongocxx { inline namespace v_noabi {
class collection {
public:
    void insert_one(bsoncxx::document::view doc);
    long long count_documents(bsoncxx::document::view filter);
};
class database {
public:
    collection operator[](const std::string &name) const;
};
class client {
public:
    client() noexcept;
    explicit client(const mongocxx::uri &mongodb_uri);
    client(client &&) noexcept;
    client &operator=(client &&) noexcept;
    ~client();
    database operator[](const std::string &name) const;
};
} }
