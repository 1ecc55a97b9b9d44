//===--- ModelNames.h - Names of declarations as model files write them ---===//

#ifndef RESOURCE_TIDY_SUPPORT_MODELNAMES_H
#define RESOURCE_TIDY_SUPPORT_MODELNAMES_H

#include "clang/AST/Decl.h"
#include <string>

namespace resource_tidy {

/// The qualified name of \p D, with the template of a class template
/// specialisation in place of its arguments, so that models can name
/// members of templates ("boost::asio::basic_socket::async_connect").
std::string modelName(const clang::NamedDecl *D);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_SUPPORT_MODELNAMES_H
