//===--- ResourceModel.h - What client libraries acquire and release ------===//
//
// The knowledge of which calls and constructors acquire which client,
// connection, pool or lease, and what releases it. Everything here is data
// read from model files (see docs/model-format.md); no analysis lives here.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_MODELS_RESOURCEMODEL_H
#define RESOURCE_TIDY_MODELS_RESOURCEMODEL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace resource_tidy {

/// Where a value sits relative to a call: its result, an argument, the
/// object pointed to by an argument (an out-parameter), or the object the
/// method is called on.
struct ValueRef {
  enum class Kind { Return, Arg, ArgPointee, This };
  Kind K = Kind::Return;
  unsigned Index = 0;

  static ValueRef returned() { return {Kind::Return, 0}; }
  static ValueRef arg(unsigned I) { return {Kind::Arg, I}; }
  static ValueRef argPointee(unsigned I) { return {Kind::ArgPointee, I}; }
  static ValueRef object() { return {Kind::This, 0}; }

  /// Parses "return", "argN", "*argN" or "this".
  static std::optional<ValueRef> parse(llvm::StringRef Text);
  std::string str() const;
  bool operator==(const ValueRef &O) const {
    return K == O.K && Index == O.Index;
  }
};

/// How costly one construction is when it happens on every call.
enum class Cost { Cheap, Moderate, Expensive };

/// What kind of thing the resource is; drives wording and which checks use it.
enum class ResourceKind {
  Client,      ///< A client object, possibly with its own connections.
  Connection,  ///< One connection to a server.
  Pool,        ///< A pool of connections that hands out leases.
  Factory,     ///< Configuration or context shared by many connections.
  ProcessInit, ///< Library-wide initialisation, once per process.
  Child,       ///< A handle derived from another resource.
};

/// What an acquisition returns when it fails.
enum class FailureMode {
  Null,   ///< NULL: nothing was acquired, nothing to release.
  Handle, ///< A handle in an error state that must still be released.
  Throws, ///< An exception (C++ constructors).
  Status, ///< A status code; the out-parameter may still need a release.
  Never,  ///< Never fails: the handle is never NULL (allocation aborts).
};

/// One way to reach a resource: a call of a function or method, or a
/// construction of a class.
struct CallSpec {
  std::string Call;      ///< Qualified function name, or "regex:<pattern>".
  std::string Construct; ///< Qualified class name for constructors.
  ValueRef Value;        ///< The handle the call acquires, releases or takes.
  std::optional<ValueRef> Pool; ///< For lease calls: where the pool is.
  bool Raii = false;            ///< For lease takes: the result returns itself.
  bool OnlyOnSuccess = false;   ///< For transfers: ownership moves on success.
  /// For acquisitions and lease takes: the out-parameter (`*argN`) the call
  /// stores its status in; a failure status there means nothing was taken.
  std::optional<ValueRef> Status;
  /// For acquisitions: when this argument is not NULL, the call initialises
  /// the caller's object it points to and returns it, instead of allocating
  /// (`mysql_init(&Conn)`).
  std::optional<ValueRef> InPlace;

  bool isConstructor() const { return !Construct.empty(); }
  llvm::StringRef name() const { return isConstructor() ? Construct : Call; }
};

/// Take and give-back calls of a pool.
struct LeaseModel {
  std::string Of; ///< Id of the leased resource, if modelled.
  std::vector<CallSpec> Take;
  std::vector<CallSpec> Give;
};

/// One resource type of one library.
struct ResourceModel {
  std::string Id;       ///< Unique, e.g. "hiredis.context".
  std::string Library;  ///< Filled from the model file.
  std::string TypeName; ///< Pointee (C) or class (C++), fully qualified.
  ResourceKind Kind = ResourceKind::Client;
  Cost PerCallCost = Cost::Moderate;
  /// Completes "each construction ...", e.g. "opens a new TCP connection".
  std::string CostReason;
  bool ThreadSafe = false;
  bool Reconnects = false;
  bool Raii = false; ///< The C++ destructor releases it.
  /// Released with `delete` (C++ factories returning raw pointers).
  bool ReleasedByDelete = false;
  FailureMode OnFailure = FailureMode::Null;
  /// Its release functions accept NULL (a release added on a path where
  /// the handle may be NULL is then safe).
  bool ReleaseAcceptsNull = false;
  std::vector<CallSpec> Acquire;
  std::vector<CallSpec> Release;
  std::vector<CallSpec> Transfers; ///< Calls that take ownership of it.
  /// Registration calls whose callbacks receive the handle and after which
  /// the library frees it itself (hiredis connect/disconnect callbacks).
  std::vector<std::string> FreedAfterCallbacks;
  /// Registration calls whose callbacks receive the handle while the
  /// library is still using it (librdkafka's error and delivery callbacks,
  /// run inside rd_kafka_poll).
  std::vector<std::string> InUseDuringCallbacks;
  /// Second-phase calls that connect an allocated handle to its server
  /// (mysql_real_connect after mysql_init).
  std::vector<CallSpec> Connect;
  std::optional<LeaseModel> Lease;
  std::vector<std::string> Refs;
};

/// A kind of function that runs once per request, event or element.
struct HandlerModel {
  enum class Kind {
    Registration, ///< A function argument of this call becomes a handler.
    Override,     ///< Overrides of this virtual method are handlers.
    Parameter,    ///< Overriding methods taking this parameter type.
  };
  Kind K = Kind::Registration;
  std::string Name; ///< Qualified function, method or type name.
  /// Completes "registered as ...", e.g. "an HTTP request handler".
  std::string Description;
  std::string Library;
  /// The library runs these handlers one at a time on its event loop's
  /// thread (libevent, GLib, libuv timers), never two at once.
  bool Sequential = false;
};

/// The contents of one model file.
struct ModelFile {
  unsigned Version = 0;
  std::string Library;
  std::vector<std::string> Headers;
  std::vector<ResourceModel> Resources;
  std::vector<HandlerModel> Handlers;
  /// Function templates that construct their first template argument from
  /// their arguments, like std::make_shared.
  std::vector<std::string> MakeFunctions;
};

/// What acquiring, releasing or leasing through one call means.
struct CallMatch {
  const ResourceModel *Resource = nullptr;
  const CallSpec *Spec = nullptr;
};

/// All models in force for a run: the built-ins that are not disabled, then
/// the user's files, where a resource with the same id replaces the earlier.
class ModelSet {
public:
  /// Adds every resource and handler of \p File.
  void add(ModelFile File);

  llvm::ArrayRef<std::unique_ptr<ResourceModel>> resources() const {
    return Resources;
  }
  llvm::ArrayRef<HandlerModel> handlers() const { return Handlers; }
  llvm::ArrayRef<std::string> makeFunctions() const { return MakeFunctions; }
  bool isMakeFunction(llvm::StringRef QualifiedName) const;
  const ResourceModel *findById(llvm::StringRef Id) const;

  /// Every qualified name (function or class) that acquires a resource, for
  /// building matchers. Regex names keep their "regex:" prefix.
  std::vector<std::string> acquireCallNames() const;
  std::vector<std::string> acquireConstructNames() const;

  /// The acquisition, release or lease call with this qualified name.
  std::vector<CallMatch> findAcquire(llvm::StringRef QualifiedName) const;
  std::vector<CallMatch> findConstruct(llvm::StringRef QualifiedClass) const;
  std::vector<CallMatch> findRelease(llvm::StringRef QualifiedName) const;

private:
  std::vector<std::unique_ptr<ResourceModel>> Resources;
  std::vector<HandlerModel> Handlers;
  std::vector<std::string> MakeFunctions;
};

/// True if \p Name matches \p Pattern: equal, or a "regex:" pattern that
/// matches the whole name. Leading "::" on either side is ignored.
bool nameMatches(llvm::StringRef Pattern, llvm::StringRef Name);

/// Why \p Pattern cannot be used as an llvm::Regex, or "" if it can.
/// Patterns with more groups than the regex compiler's recursion can take
/// are refused without compiling them.
std::string regexProblem(llvm::StringRef Pattern);

/// The problem with a "regex:" name, or "" when it compiles or is not a
/// regex: "invalid regular expression '<pattern>': <problem>".
std::string namePatternProblem(llvm::StringRef Name);

llvm::StringRef costName(Cost C);
std::optional<Cost> parseCost(llvm::StringRef Name);
llvm::StringRef kindName(ResourceKind K);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_MODELS_RESOURCEMODEL_H
