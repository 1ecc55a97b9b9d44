// SOURCE: public GitHub file (Unreal plugin AMjbScene::FetchModelFromOwner; search-index id 65899942807; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - zmq_ctx_new and a REQ socket, then a do { ... } while (false) block whose failures 'break' out; after the block the socket is closed and the context terminated on every path
#include <cstring>
#include <string>
#include <vector>
#include <zmq.h>

bool FetchModelFromOwner(const std::string &ControlEndpoint,
                         std::vector<unsigned char> &OutMjb,
                         std::string &OutError) {
  OutMjb.clear();
  OutError.clear();

  void *Ctx = zmq_ctx_new();
  void *Req = zmq_socket(Ctx, ZMQ_REQ);
  int Timeout = 5000;
  zmq_setsockopt(Req, ZMQ_RCVTIMEO, &Timeout, sizeof(Timeout));
  zmq_setsockopt(Req, ZMQ_SNDTIMEO, &Timeout, sizeof(Timeout));
  int Linger = 0;
  zmq_setsockopt(Req, ZMQ_LINGER, &Linger, sizeof(Linger));

  bool bOk = false;
  do {
    if (zmq_connect(Req, ControlEndpoint.c_str()) != 0) {
      OutError = "connect failed";
      break;
    }
    const char Request[] = "get_model";
    if (zmq_send(Req, Request, sizeof(Request) - 1, 0) < 0) {
      OutError = "send failed";
      break;
    }
    zmq_msg_t Reply;
    zmq_msg_init(&Reply);
    if (zmq_msg_recv(&Reply, Req, 0) < 0) {
      zmq_msg_close(&Reply);
      OutError = "no reply from owner";
      break;
    }
    const unsigned char *Data =
        static_cast<const unsigned char *>(zmq_msg_data(&Reply));
    OutMjb.assign(Data, Data + zmq_msg_size(&Reply));
    zmq_msg_close(&Reply);
    bOk = true;
  } while (false);

  zmq_close(Req);
  zmq_ctx_term(Ctx);
  return bOk;
}
