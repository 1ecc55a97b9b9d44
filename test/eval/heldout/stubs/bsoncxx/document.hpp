#pragma GCC system_header
#pragma once
#include <string>
namespace bsoncxx { inline namespace v_noabi { namespace document {
class view {};
class value {
public:
    view view() const;
};
} } }
namespace bsoncxx { inline namespace v_noabi {
document::value from_json(const std::string &json);
} }
