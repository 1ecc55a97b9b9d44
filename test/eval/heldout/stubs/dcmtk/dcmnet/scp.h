// Held-out stub of DCMTK's DcmSCP (dcmtk/dcmnet/scp.h), declarations only.
#pragma GCC system_header
#pragma once
#include <string>
class OFCondition {
public:
    bool good() const;
    bool bad() const;
};
extern const OFCondition EC_Normal;
extern const OFCondition EC_IllegalParameter;
struct T_DIMSE_C_StoreRQ { unsigned short MessageID; char AffectedSOPInstanceUID[65]; };
enum T_DIMSE_Command { DIMSE_C_ECHO_RQ, DIMSE_C_STORE_RQ, DIMSE_C_FIND_RQ };
struct T_DIMSE_Message {
    T_DIMSE_Command CommandField;
    union { T_DIMSE_C_StoreRQ CStoreRQ; } msg;
};
struct DcmPresentationContextInfo { unsigned char presentationContextID; };
class DcmSCP {
public:
    DcmSCP();
    virtual ~DcmSCP();
    OFCondition listen();
protected:
    virtual OFCondition handleIncomingCommand(T_DIMSE_Message *incomingMsg,
                                              const DcmPresentationContextInfo &presInfo);
    OFCondition receiveSTORERequest(T_DIMSE_C_StoreRQ &reqMessage,
                                    unsigned char presID, std::string &filename);
};
