// SOURCE: public GitHub file (OpenWifi analytics service, boards storage Upgrade: try { Poco::Data::Session Session = Pool_.get(); BackfillVenueField(Session, ...); } catch (...) {} twice; search-index id 58495142444; the index does not name its repository)
// LIBRARY: poco
// SHAPE: negative - each migration step takes a session from a Poco::Data::SessionPool inside its own try block and swallows every exception; the Session object gives itself back when the try block unwinds or ends
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <string>

using namespace Poco::Data::Keywords;

class BoardsDB {
public:
  explicit BoardsDB(Poco::Data::SessionPool &Pool) : Pool_(Pool) {}
  bool Upgrade(int From, int &To);

private:
  void BackfillVenueField(Poco::Data::Session &Session, const std::string &Field,
                          bool IsList);
  Poco::Data::SessionPool &Pool_;
};

void BoardsDB::BackfillVenueField(Poco::Data::Session &Session,
                                  const std::string &Field, bool IsList) {
  Poco::Data::Statement Update(Session);
  Update << "UPDATE boards SET venueid = " + Field +
                (IsList ? " WHERE venueid = ''" : " WHERE venueid IS NULL"),
      now;
}

bool BoardsDB::Upgrade(int From, int &To) {
  if (From >= 2)
    return false;
  try {
    Poco::Data::Session Session = Pool_.get();
    BackfillVenueField(Session, "venue", false);
  } catch (...) {
  }
  try {
    Poco::Data::Session Session = Pool_.get();
    auto LegacyVenueListField = std::string("venue") + "List";
    BackfillVenueField(Session, LegacyVenueListField, true);
  } catch (...) {
  }
  To = 2;
  return true;
}
