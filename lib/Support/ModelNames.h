//===--- ModelNames.h - Names of declarations as model files write them ---===//

#ifndef RESOURCE_TIDY_SUPPORT_MODELNAMES_H
#define RESOURCE_TIDY_SUPPORT_MODELNAMES_H

#include "Models/ResourceModel.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <string>

namespace resource_tidy {

/// The qualified name of \p D, with the template of a class template
/// specialisation in place of its arguments, so that models can name
/// members of templates ("boost::asio::basic_socket::async_connect").
std::string modelName(const clang::NamedDecl *D);

/// The name of the resource type an acquisition yields, as the user's code
/// or the library's header spells it: 'pqxx::connection' rather than its
/// template, 'amqp_connection_state_t' rather than the struct behind it.
/// Falls back to the model's type for untyped handles (void *).
std::string handleTypeName(const clang::Expr *Acquisition,
                           const CallMatch &Match,
                           const clang::ASTContext &Ctx);

/// True if \p Construct takes a connection from a modelled pool rather than
/// opening one: SOCI's `soci::session Sql(Pool)` is a lease, while
/// `soci::session Sql("postgresql://...")` is a new connection.
bool isLeaseConstruction(const clang::CXXConstructExpr *Construct,
                         const ModelSet &Models);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_SUPPORT_MODELNAMES_H
