// A model file given with ModelFiles adds the user's own client types: a
// class constructed on every call and a C handle opened and closed on every
// call are reported, with the fixes their model allows (thread-safe and
// self-reconnecting: the call_once accessor; otherwise a per-thread handle
// whose deleter is the modelled release).
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.ModelFiles: "%S/Inputs/model-mycorp-kv.yaml"}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp \
// RUN:   -config='{CheckOptions: {resource-per-call-client.ModelFiles: "%S/Inputs/model-mycorp-kv.yaml"}}' \
// RUN:   -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// Without the model file nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <httplib.h>
#include <string>

// What the in-house library's header declares.
namespace mycorp {
class KvClient {
public:
  explicit KvClient(const std::string &Address);
  std::string get(const std::string &Key);
};
} // namespace mycorp
extern "C" {
struct mycorp_kv_session;
mycorp_kv_session *mycorp_kv_open(const char *Address);
const char *mycorp_kv_get(mycorp_kv_session *Session, const char *Key);
void mycorp_kv_close(mycorp_kv_session *Session);
}

// The modelled class is constructed on every request.
static void lookup(const httplib::Request &, httplib::Response &Res) {
  mycorp::KvClient Kv("kv.internal:7000");
  // CHECK: :[[@LINE-1]]:20: warning: 'mycorp::KvClient' is constructed on every call to 'lookup'; each construction opens a new connection to the key-value service [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'lookup' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Res.set_content(Kv.get("k"), "text/plain");
}
static void registerLookup(httplib::Server &S) {
  S.Get("/lookup", lookup);
}

// The modelled C session is opened and closed on every request.
static void session(const httplib::Request &, httplib::Response &Res) {
  mycorp_kv_session *Session = mycorp_kv_open("kv.internal:7000");
  // CHECK: :[[@LINE-1]]:32: warning: 'mycorp_kv_open' creates a new 'mycorp_kv_session' on every call to 'session'; each one opens a new session with the key-value service [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'session' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:32: note: 'mycorp_kv_session' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  Res.set_content(mycorp_kv_get(Session, "k"), "text/plain");
  mycorp_kv_close(Session);
}
static void registerSession(httplib::Server &S) {
  S.Get("/session", session);
}

// FIXED: {{^}}static mycorp::KvClient &sharedKvClient() {{{$}}
// FIXED: {{^}}    Instance = new mycorp::KvClient("kv.internal:7000");{{$}}
// FIXED: {{^}}  mycorp::KvClient &Kv = sharedKvClient();{{$}}
// FIXED: {{^}}static mycorp_kv_session *threadLocalMycorpKvSession() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<mycorp_kv_session, decltype(&mycorp_kv_close)> Instance({{$}}
// FIXED-NEXT: {{^}}      mycorp_kv_open("kv.internal:7000"), &mycorp_kv_close);{{$}}
// FIXED: {{^}}  mycorp_kv_session *Session = threadLocalMycorpKvSession();{{$}}
// FIXED-NOT: {{^}}  mycorp_kv_close(Session);{{$}}
