// SOURCE: https://github.com/aws/aws-sdk-cpp/issues/1657
// LIBRARY: aws
// SHAPE: positive - "I create a new client with each PutItem call"; the write path is called once per incoming event (the event loop is reconstructed)
// FLAGS: -I../stubs
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/PutItemRequest.h>

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

struct Event {
  std::string id;
  std::string payload;
};

bool put_event(const Event &e) {
  Aws::Client::ClientConfiguration client_conf;
  client_conf.region = std::getenv("AWS_REGION");
  client_conf.caFile = "/etc/pki/tls/certs/ca-bundle.crt";
  Aws::DynamoDB::DynamoDBClient dynamo_client(client_conf); // EXPECT-WARN
  Aws::DynamoDB::Model::PutItemRequest request;
  request.SetTableName("events");
  std::map<Aws::String, Aws::DynamoDB::Model::AttributeValue> item;
  item["id"].SetS(e.id);
  item["payload"].SetS(e.payload);
  request.SetItem(item);
  auto db_outcome = dynamo_client.PutItem(request); // This line takes around 30ms with small items
  return db_outcome.IsSuccess();
}

void handle_batch(const std::vector<Event> &events) {
  for (const auto &e : events)
    put_event(e);
}
