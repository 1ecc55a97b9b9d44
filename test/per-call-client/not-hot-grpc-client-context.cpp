// grpc::ClientContext must be made anew for every RPC: one made per request or
// per iteration is correct and never reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <memory>

// A generated-style stub method taking the per-call context.
struct PricingStub {
  grpc::Status GetPrice(grpc::ClientContext *Context, int Item, int *Price);
};

std::shared_ptr<PricingStub> pricingStub();

// A context per request in an HTTP handler.
static void handlePrice(const httplib::Request &, httplib::Response &Res) {
  grpc::ClientContext Context;
  int Price = 0;
  pricingStub()->GetPrice(&Context, 1, &Price);
  Res.set_content(std::to_string(Price), "text/plain");
}

void installPriceRoutes(httplib::Server &Server) {
  Server.Get("/price", handlePrice);
}

// A context per iteration in a loop.
int sumPrices(int Items) {
  int Total = 0;
  for (int I = 0; I < Items; ++I) {
    auto Context = std::make_unique<grpc::ClientContext>();
    int Price = 0;
    pricingStub()->GetPrice(Context.get(), I, &Price);
    Total += Price;
  }
  return Total;
}
