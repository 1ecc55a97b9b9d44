#pragma GCC system_header
#pragma once
#include <mongocxx/client.hpp>
#include <memory>
#include <functional>
namespace mongocxx { inline namespace v_noabi {
class pool {
public:
    explicit pool(const uri &mongodb_uri = mongocxx::uri());
    ~pool();
    using entry = std::unique_ptr<client, std::function<void(client *)>>;
    entry acquire();
};
} }
