// SOURCE: public GitHub file (TorrentClient: the constructor calls curl_global_init, the destructor joins the peer threads and calls curl_global_cleanup; search-index id 71540472604; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - the teardown is in the destructor of the application's one client object, after its threads are joined
#include <curl/curl.h>

#include <string>
#include <thread>
#include <vector>

class TorrentClient {
public:
  explicit TorrentClient(const std::string &TorrentPath) : Path(TorrentPath) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
  }
  ~TorrentClient() {
    for (auto &Thr : threads)
      Thr.join();
    threads.clear();
    curl_global_cleanup();
  }
  void run();

private:
  std::string Path;
  std::vector<std::thread> threads;
};
