// SOURCE: https://github.com/SeanTater/uncc2014watsonsim/issues/79 ("There are still too many postgres connections for the workload. There are about 4 per thread") - rendered with libpqxx: scoring each candidate answer through std::for_each opens a connection per candidate
// LIBRARY: libpqxx
// SHAPE: positive - lambda passed to std::for_each (runs per element) constructs a pqxx::connection
#include <algorithm>
#include <pqxx/pqxx>
#include <string>
#include <vector>

struct Answer { std::string text; double score = 0; };

void score_all(std::vector<Answer> &answers, const std::string &conninfo) {
  std::for_each(answers.begin(), answers.end(), [&](Answer &a) {
    pqxx::connection c(conninfo); // EXPECT-WARN
    pqxx::work w(c);
    pqxx::result r = w.exec("SELECT count(*) FROM meta WHERE title = " + w.quote(a.text));
    a.score = r[0][0].as<double>();
  });
}
