// SOURCE: public GitHub file mongocpp.cpp with class MongoClient (search-index id 8613914938; MongoClient::MongoClient, ~MongoClient; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - (hard) a Java-style wrapper library runs mongoc_init in every MongoClient constructor and mongoc_cleanup in every destructor: the first MongoClient destroyed tears the driver down under every other MongoClient, and a MongoClient made afterwards cannot bring it back (mongoc_init does not reinitialise after mongoc_cleanup); the teardown is in a destructor
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <cstdio>
#include <mongoc.h>
#include <string>

using std::string;

class DB {
public:
  DB(mongoc_client_t *client, const string &databaseName)
      : client(client),
        database(mongoc_client_get_database(client, databaseName.c_str())) {}
  ~DB() { mongoc_database_destroy(database); }

private:
  mongoc_client_t *client;
  mongoc_database_t *database;
};

class MongoClient {
public:
  MongoClient(const string &IPAddress, int portNumber);
  ~MongoClient();
  DB getDB(const string &databaseName);

private:
  mongoc_uri_t *uri = nullptr;
  mongoc_client_t *client = nullptr;
};

MongoClient::MongoClient(const string &IPAddress, int portNumber) {
  mongoc_init();
  bson_error_t error;
  string uri_string =
      "mongodb://" + IPAddress + ":" + std::to_string(portNumber);
  this->uri = mongoc_uri_new_with_error(uri_string.c_str(), &error);
  if (!(this->uri)) {
    std::printf("failed to parse URI: %s\n", error.message);
    return;
  }
  client = mongoc_client_new_from_uri(uri);
  if (!client) {
    std::printf("Unable to Instantiate Mongo Client \n");
    return;
  }
}

MongoClient::~MongoClient() {
  mongoc_uri_destroy(this->uri);
  mongoc_client_destroy(this->client);
  mongoc_cleanup(); // EXPECT-WARN
}

DB MongoClient::getDB(const string &databaseName) {
  return DB(this->client, databaseName);
}
