// SOURCE: public GitHub file (beer RAG assistant; search-index id 41344819212; the index does not name its repository)
// LIBRARY: redis-plus-plus
// SHAPE: positive - retrieve_from_redis() builds a sw::redis::Redis (its own connection pool) for every user query; the chat loop calls it per question (loop reconstructed)
// FLAGS: -I../stubs
#include <sw/redis++/redis++.h>

#include <iostream>
#include <iterator>
#include <string>
#include <vector>

class BeerAssistant {
 public:
  std::string retrieve_from_redis(const std::string &query) {
    try {
      sw::redis::Redis redis("tcp://localhost:6379"); // EXPECT-WARN
      std::string context;
      for (const char *key : {"beer:meta:1", "beer:meta:2"}) {
        auto value = redis.get(key);
        if (value && value->find(query) != std::string::npos)
          context += *value + "\n";
      }
      return context;
    } catch (const sw::redis::Error &e) {
      std::cerr << "Redis error: " << e.what() << std::endl;
      return "";
    }
  }
  std::string answer(const std::string &q) { return retrieve_from_redis(q); }
};

int main() {
  BeerAssistant assistant;
  std::string q;
  while (std::getline(std::cin, q))
    std::cout << assistant.answer(q) << std::endl;
}
