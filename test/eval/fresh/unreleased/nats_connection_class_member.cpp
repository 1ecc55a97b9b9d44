// SOURCE: public GitHub file (NATS Connection wrapper class; search-index id 46385050040; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - both constructors connect into the member conn_; the destructor destroys it (destructor reconstructed)
#include <nats/nats.h>

#include <iostream>
#include <string>

class Connection {
 public:
  Connection() {
    status_ = natsConnection_ConnectTo(&conn_, NATS_DEFAULT_URL);
    if (status_ == NATS_OK)
      std::cout << "Connected to default host" << std::endl;
    else
      std::cout << "Error connecting to default host" << std::endl;
  }

  explicit Connection(const std::string &host) {
    status_ = natsConnection_ConnectTo(&conn_, host.c_str());
    if (status_ == NATS_OK)
      std::cout << "Connected to : " << host << std::endl;
    else
      std::cout << "Error connecting to : " << host << std::endl;
  }

  ~Connection() { natsConnection_Destroy(conn_); }

 private:
  natsConnection *conn_ = nullptr;
  natsStatus status_;
};
