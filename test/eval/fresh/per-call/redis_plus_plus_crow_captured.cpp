// SOURCE: public GitHub file (image analysis API with Crow; search-index id 61298481696; the index does not name its repository)
// LIBRARY: redis-plus-plus
// SHAPE: negative - one sw::redis::Redis is created in main and captured by reference in the POST /analyze handler
// FLAGS: -I../stubs
#include <crow.h>
#include <sw/redis++/redis++.h>

#include <chrono>
#include <iostream>
#include <string>

int main() {
  sw::redis::Redis redis("tcp://127.0.0.1:6379");

  crow::SimpleApp app;

  CROW_ROUTE(app, "/")([] { return "Image File Intelligence API"; });

  CROW_ROUTE(app, "/analyze").methods(crow::HTTPMethod::POST)([&redis](const crow::request &req) {
    if (req.body.empty()) {
      return crow::response(400, "No image provided");
    }
    std::string image = req.body;
    redis.set("image_jobs", image);
    auto result = redis.get("image_results");
    if (!result) {
      return crow::response(504, "Worker timed out");
    }
    crow::response response(200, *result);
    response.set_header("Content-Type", "application/json");
    return response;
  });

  std::cout << "API running on http://localhost:8080\n";
  app.port(8080).multithreaded().run();
  return 0;
}
