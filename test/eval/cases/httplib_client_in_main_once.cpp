// SOURCE: https://github.com/nargesghanei/qurridor/blob/HEAD/client.cpp (httplib::Client cli("localhost", 8080) created once in main, one Get)
// LIBRARY: httplib
// SHAPE: negative - client created once in main, no loop
#include <httplib.h>
#include <iostream>

int main(void) {
  httplib::Client cli("localhost", 8080);
  if (auto res = cli.Get("/hiii")) {
    if (res->status == 200)
      std::cout << res->body << std::endl;
  } else {
    auto err = res.error();
    (void)err;
  }
}
