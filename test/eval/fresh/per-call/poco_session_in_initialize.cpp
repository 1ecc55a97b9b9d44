// SOURCE: public GitHub file (school scheduling ServerApplication; search-index id 1380476088; the index does not name its repository)
// LIBRARY: poco
// SHAPE: negative - the application's initialize() opens one session to create the tables; it runs once at start-up
#include <Poco/AutoPtr.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Util/ServerApplication.h>

class ServerApplication : public Poco::Util::ServerApplication {
 protected:
  void initialize(Poco::Util::Application &app) override {
    Poco::Data::Session session("SQLite", config().getString("database.path"));
    Poco::Data::Statement create_user_table(session);
    create_user_table << "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT);";
    create_user_table.execute();
    Poco::Util::ServerApplication::initialize(app);
  }
};
