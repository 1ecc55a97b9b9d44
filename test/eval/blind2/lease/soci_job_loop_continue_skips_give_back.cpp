// SOURCE: rendered from the raw SOCI pool pair (public blog post, search-index id 16641209315) inside a job-processing loop
// LIBRARY: soci
// SHAPE: positive - each job leases a position; a job that is already done 'continue's past the give_back at the bottom of the loop
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <string>
#include <vector>

struct Job {
  int id;
  std::string payload;
};

void process_jobs(soci::connection_pool &pool, const std::vector<Job> &jobs) {
  for (const Job &job : jobs) {
    std::size_t pos = pool.lease(); // EXPECT-WARN
    soci::session &sql = pool.at(pos);
    int done = 0;
    sql << "select done from jobs where id = :id", soci::use(job.id),
        soci::into(done);
    if (done)
      continue;
    sql << "update jobs set done = 1, result = :r where id = :id",
        soci::use(job.payload), soci::use(job.id);
    pool.give_back(pos);
  }
}
