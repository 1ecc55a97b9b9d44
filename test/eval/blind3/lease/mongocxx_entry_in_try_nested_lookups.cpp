// SOURCE: public GitHub file DatabaseManager.cpp of the SAIL secure-computation platform, DatabaseManager::PullVirtualMachine (search-index id 19101634691; the index does not name its repository)
// LIBRARY: mongocxx
// SHAPE: negative - each request handler acquires a pool entry inside a try block, follows three nested lookups whose failures just fall out of the if-chain, and lets every exception be caught by the handler's catch clauses; the entry gives its client back when it goes out of scope, on every path (StructuredBuffer and the bsoncxx stream builder reduced; stubs for mongocxx/bsoncxx)
// FLAGS: -Istubs
#include <mongocxx/pool.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using Byte = std::uint8_t;
using Dword = std::uint32_t;

struct StructuredBuffer {
  std::string GetString(const char *name) const;
  void PutString(const char *name, const std::string &value);
  void PutDword(const char *name, Dword value);
  void Clear();
  std::vector<Byte> GetSerializedBuffer() const;
};

class DatabaseManager {
public:
  std::vector<Byte> PullVirtualMachine(const StructuredBuffer &c_oRequest);

private:
  mongocxx::pool *m_poMongoPool;
};

std::vector<Byte>
DatabaseManager::PullVirtualMachine(const StructuredBuffer &c_oRequest) {
  StructuredBuffer oResponse;

  Dword dwStatus = 404;

  try {
    std::string strVmGuid = c_oRequest.GetString("VirtualMachineGuid");
    // Each client and transaction can only be used in a single thread
    mongocxx::pool::entry oClient = m_poMongoPool->acquire();
    // Access SailDatabase
    mongocxx::database oSailDatabase = (*oClient)["SailDatabase"];
    // Fetch the virtual machine record
    auto oVmDocument = oSailDatabase["VirtualMachine"].find_one(
        bsoncxx::document::make("VirtualMachineGuid", strVmGuid).get_view());
    if (oVmDocument) {
      auto oVm = oVmDocument->get_view();
      if (oVm.has("PlainTextObjectBlobGuid")) {
        auto oBlobDocument = oSailDatabase["PlainTextObjectBlob"].find_one(
            bsoncxx::document::make("PlainTextObjectBlobGuid",
                                    oVm.get_string("PlainTextObjectBlobGuid"))
                .get_view());
        if (oBlobDocument && oBlobDocument->get_view().has("ObjectGuid")) {
          auto oObjectDocument = oSailDatabase["Object"].find_one(
              bsoncxx::document::make(
                  "ObjectGuid", oBlobDocument->get_view().get_string("ObjectGuid"))
                  .get_view());
          if (oObjectDocument) {
            oResponse.PutString("VirtualMachine",
                                oObjectDocument->get_view().get_string("ObjectBlob"));
            dwStatus = 200;
          }
        }
      }
    }
  } catch (const std::runtime_error &oException) {
    oResponse.Clear();
  } catch (...) {
    oResponse.Clear();
  }

  oResponse.PutDword("Status", dwStatus);

  return oResponse.GetSerializedBuffer();
}
