// SOURCE: public GitHub file, rpc_request of a mining pool daemon (search-index id 9111871659; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: negative - the evhttp connection is handed to evhttp_connection_free_on_completion right after it is made, so libevent frees it when the request finishes
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <string.h>

#define RPC_PATH "/json_rpc"

struct rpc_config {
  const char *rpc_host;
  int rpc_port;
  int rpc_timeout;
};
static struct rpc_config config;

typedef struct rpc_callback rpc_callback_t;
void rpc_on_response(struct evhttp_request *req, void *arg);

static void rpc_request(struct event_base *base, const char *body,
                        rpc_callback_t *callback) {
  struct evhttp_connection *con;
  struct evhttp_request *req;
  struct evkeyvalq *headers;
  struct evbuffer *output;

  con = evhttp_connection_base_new(base, NULL, config.rpc_host,
                                   config.rpc_port);
  evhttp_connection_free_on_completion(con);
  evhttp_connection_set_timeout(con, config.rpc_timeout);
  req = evhttp_request_new(rpc_on_response, callback);
  output = evhttp_request_get_output_buffer(req);
  evbuffer_add(output, body, strlen(body));
  headers = evhttp_request_get_output_headers(req);
  evhttp_add_header(headers, "Content-Type", "application/json");
  evhttp_add_header(headers, "Connection", "close");
  evhttp_make_request(con, req, EVHTTP_REQ_POST, RPC_PATH);
}

void rpc_get_block_template(struct event_base *base, rpc_callback_t *cb) {
  rpc_request(base, "{\"method\":\"get_block_template\"}", cb);
}
