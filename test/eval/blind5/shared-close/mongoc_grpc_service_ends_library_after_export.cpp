// SOURCE: rendered from public "export" helpers that wrap one mongoc job in mongoc_init()/mongoc_cleanup() (code search "mongoc_cleanup();" at the end of export/dump functions), here reached from a gRPC service method; libmongoc's init-cleanup page says mongoc_cleanup runs "exactly once at the end of your program"
// LIBRARY: mongoc
// SHAPE: positive - a synchronous gRPC service method (grpc::ServerContext parameter) runs an export with its own mongoc_init/mongoc_cleanup pair; every RPC tears the driver down under the other RPCs, and mongoc_init does not reinitialise it afterwards
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <grpcpp/grpcpp.h>
#include <mongoc.h>

struct ExportRequest {
  const char *Collection;
};
struct ExportReply {
  long Count;
};

class ExportService {
public:
  grpc::Status Export(grpc::ServerContext *, const ExportRequest *Req,
                      ExportReply *Reply) {
    mongoc_init();
    mongoc_client_t *Client = mongoc_client_new("mongodb://db.internal:27017");
    mongoc_collection_t *Coll =
        mongoc_client_get_collection(Client, "warehouse", Req->Collection);
    bson_t Filter = BSON_INITIALIZER;
    Reply->Count = (long)mongoc_collection_count_documents(
        Coll, &Filter, nullptr, nullptr, nullptr, nullptr);
    bson_destroy(&Filter);
    mongoc_collection_destroy(Coll);
    mongoc_client_destroy(Client);
    mongoc_cleanup(); // EXPECT-WARN
    return grpc::Status::OK;
  }
};
