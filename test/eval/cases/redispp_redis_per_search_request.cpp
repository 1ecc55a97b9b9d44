// SOURCE: https://github.com/joschan21/fastapi/issues/2 ("Avoid create a new instance of Redis on every request to /api/search") and redis-plus-plus README ("It's NOT cheap to create a Redis object ... reuse it") - rendered as a cpp-httplib endpoint using redis-plus-plus
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: positive - Redis (a connection pool) constructed from a URI inside the request handler
#include <httplib.h>
#include <sw/redis++/redis++.h>

int main() {
  httplib::Server svr;
  svr.Get("/api/search", [](const httplib::Request &req, httplib::Response &res) {
    sw::redis::Redis redis("tcp://127.0.0.1:6379"); // EXPECT-WARN
    auto hit = redis.get("search:" + req.get_param_value("q"));
    res.set_content(hit ? *hit : "[]", "application/json");
  });
  svr.listen("0.0.0.0", 3000);
}
