// SOURCE: https://github.com/AcademySoftwareFoundation/OpenCue/issues/2202 ("Connection pool exhaustion causes stuck frame dependencies and leak detection warnings" in FrameCompleteHandler; rendered with SOCI)
// LIBRARY: soci
// SHAPE: positive - rendered: each iteration of the frame loop leases a session to clear dependencies; when a frame is found still running the loop breaks out before give_back, so every such report leaks one session
#include <soci/soci.h>
#include <string>
#include <vector>

struct Frame {
  std::string Id;
  std::string Job;
};

int clearDependencies(soci::connection_pool &Pool,
                      const std::vector<Frame> &Frames) {
  int Cleared = 0;
  for (const Frame &F : Frames) {
    std::size_t Pos = Pool.lease(); // EXPECT-WARN
    soci::session &Sql = Pool.at(Pos);
    int Running = 0;
    Sql << "SELECT count(*) FROM frame WHERE job = :job AND state = 'RUNNING'",
        soci::use(F.Job), soci::into(Running);
    if (Running > 0)
      break;
    Sql << "UPDATE depend SET active = false WHERE frame = :id",
        soci::use(F.Id);
    Pool.give_back(Pos);
    ++Cleared;
  }
  return Cleared;
}
