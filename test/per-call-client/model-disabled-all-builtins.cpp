// DisabledBuiltinModels='*' switches off every built-in model (resources and
// handler registrations alike): nothing built-in is reported, but resources
// from the user's ModelFiles still are. Loops make the functions hot here,
// since the built-in handler models are off as well.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.DisabledBuiltinModels: "*"}}' \
// RUN:   -- -std=c++17 | %diags | count 0
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.DisabledBuiltinModels: "*", resource-per-call-client.ModelFiles: "%S/Inputs/model-mycorp-kv.yaml"}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// Control: without the option the built-ins are reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefix=BUILTIN

// BUILTIN: warning: 'redisConnect' creates a new 'redisContext' on every call to 'builtins'
// BUILTIN: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'builtins'

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <string>

namespace mycorp {
class KvClient {
public:
  explicit KvClient(const std::string &Address);
  std::string get(const std::string &Key);
};
} // namespace mycorp

// Built-in libraries: not reported.
static void builtins() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisFree(C);
  CURL *Curl = curl_easy_init();
  curl_easy_cleanup(Curl);
}

// A user model: reported when its file is given.
static std::string lookup(const std::string &Key) {
  mycorp::KvClient Kv("kv.internal:7000");
  // CHECK: :[[@LINE-1]]:20: warning: 'mycorp::KvClient' is constructed on every call to 'lookup'; each construction opens a new connection to the key-value service [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:5: note: 'lookup' is called in a loop in 'serve' here
  return Kv.get(Key);
}

void serve(const std::string *Keys, int Count) {
  for (int I = 0; I < Count; ++I) {
    const std::string &Key = Keys[I];
    builtins();
    lookup(Key);
  }
}
