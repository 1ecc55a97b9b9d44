// SOURCE: github.com/DraconPern/fmdscp commit 796d87d src/store.cpp + src/myscp.cpp (StoreHandler::AddDICOMFileInfoToDatabase opens Poco::Data::Session(config::getConnectionString()) for every C-STORE; reached from MySCP::handleIncomingCommand, the DcmSCP override that runs per DIMSE command; later replaced by a SessionPool in commit 6902767)
// LIBRARY: poco
// FLAGS: -I../stubs
// SHAPE: positive - Session made three calls below an override of the DICOM framework's per-command virtual (dcmtk DcmSCP, not a web framework), destroyed at the end of each store
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <dcmtk/dcmnet/scp.h>
#include <string>
#include <vector>

using namespace Poco::Data::Keywords;

struct config {
  static std::string getConnectionString() { return "MySQL:///host=mysql;port=3306;user=root;password=root;db=test"; }
  static std::string getStoragePath() { return "/var/fmdscp"; }
};

class StoreHandler {
 public:
  OFCondition handleSTORERequest(const std::string &filename);
 private:
  bool AddDICOMFileInfoToDatabase(const std::string &filename);
};

OFCondition StoreHandler::handleSTORERequest(const std::string &filename) {
  OFCondition status = EC_IllegalParameter;
  if (!AddDICOMFileInfoToDatabase(filename))
    status = EC_IllegalParameter;
  else
    status = EC_Normal;
  return status;
}

bool StoreHandler::AddDICOMFileInfoToDatabase(const std::string &filename) {
  std::string sopuid = filename, seriesuid, studyuid;
  bool isOk = true;
  try {
    Poco::Data::Session dbconnection(config::getConnectionString()); // EXPECT-WARN
    std::vector<int> ids;
    Poco::Data::Statement patientstudiesselect(dbconnection);
    patientstudiesselect << "SELECT id FROM patient_studies WHERE StudyInstanceUID = ?",
        into(ids), use(studyuid);
    patientstudiesselect.execute();
  } catch (std::exception &) {
    isOk = false;
  }
  return isOk;
}

class MySCP : public DcmSCP {
 protected:
  OFCondition handleIncomingCommand(T_DIMSE_Message *incomingMsg,
                                    const DcmPresentationContextInfo &presInfo) override;
  OFCondition handleSTORERequest(T_DIMSE_C_StoreRQ &reqMessage, unsigned char presID);
};

OFCondition MySCP::handleIncomingCommand(T_DIMSE_Message *incomingMsg,
                                         const DcmPresentationContextInfo &presInfo) {
  OFCondition status = EC_IllegalParameter;
  if (incomingMsg->CommandField == DIMSE_C_STORE_RQ)
    status = handleSTORERequest(incomingMsg->msg.CStoreRQ, presInfo.presentationContextID);
  else
    status = DcmSCP::handleIncomingCommand(incomingMsg, presInfo);
  return status;
}

OFCondition MySCP::handleSTORERequest(T_DIMSE_C_StoreRQ &reqMessage, unsigned char presID) {
  std::string filename;
  OFCondition status = receiveSTORERequest(reqMessage, presID, filename);
  if (status.good()) {
    StoreHandler storehandler;
    status = storehandler.handleSTORERequest(filename);
  }
  return status;
}

int main() {
  MySCP scp;
  scp.listen();
}
