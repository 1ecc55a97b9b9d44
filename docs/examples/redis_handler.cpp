// The bug resource-tidy exists for: an HTTP handler that opens a new Redis
// connection on every request. Under load the server sees one connection per
// request, and the service runs out of file descriptors and memory.
//
// Build: clang++ -std=c++17 redis_handler.cpp -lhiredis -lpthread
// Run:   ./a.out 8080 127.0.0.1 6379   then   curl localhost:8080/get?key=k
#include <hiredis/hiredis.h>
#include <httplib.h>

#include <cstdio>
#include <string>

// Runs once per request: cpp-httplib calls it for every GET /get.
static void handleGet(const httplib::Request &Req, httplib::Response &Res) {
  redisContext *Redis = redisConnect("127.0.0.1", 6379);
  if (Redis == nullptr || Redis->err) {
    Res.status = 503;
    return;
  }
  auto *Reply = static_cast<redisReply *>(
      redisCommand(Redis, "GET %s", Req.get_param_value("key").c_str()));
  if (Reply && Reply->type == REDIS_REPLY_STRING)
    Res.set_content(std::string(Reply->str, Reply->len), "text/plain");
  else
    Res.status = 404;
  freeReplyObject(Reply);
  redisFree(Redis);
}

int main(int Argc, char **Argv) {
  int Port = Argc > 1 ? std::stoi(Argv[1]) : 8080;
  httplib::Server Server;
  Server.Get("/get", handleGet);
  std::printf("listening on 127.0.0.1:%d\n", Port);
  Server.listen("127.0.0.1", Port);
}
