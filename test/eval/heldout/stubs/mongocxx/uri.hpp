// Held-out stub of mongo-cxx-driver, declarations only.
#pragma GCC system_header
#pragma once
#include <string>
namespace mongocxx { inline namespace v_noabi {
class uri {
public:
    static const std::string k_default_uri;
    explicit uri(const std::string &uri_string = k_default_uri);
    ~uri();
};
} }
