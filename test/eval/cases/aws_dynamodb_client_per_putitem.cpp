// SOURCE: https://github.com/aws/aws-sdk-cpp/issues/1657 ("I create a new client with each PutItem call. Is this the reason of the latency?")
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: positive - a store helper builds ClientConfiguration + DynamoDBClient on every call; it is called for every event in the ingest loop
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <cstdlib>
#include <string>
#include <vector>

struct Event { std::string id; std::string body; };

bool store_event(const Event &ev) {
  Aws::Client::ClientConfiguration client_conf;
  client_conf.region = std::getenv("AWS_REGION") ? std::getenv("AWS_REGION") : "eu-west-1";
  client_conf.caFile = "/etc/pki/tls/certs/ca-bundle.crt";
  Aws::DynamoDB::DynamoDBClient dynamo_client(client_conf); // EXPECT-WARN
  Aws::DynamoDB::Model::PutItemRequest request;
  request.SetTableName("events");
  Aws::DynamoDB::Model::AttributeValue id, body;
  id.SetS(ev.id);
  body.SetS(ev.body);
  request.AddItem("id", id);
  request.AddItem("body", body);
  auto db_outcome = dynamo_client.PutItem(request); // This line takes around 30ms with small items
  return db_outcome.IsSuccess();
}

void ingest(const std::vector<Event> &batch) {
  for (const Event &ev : batch)
    store_event(ev);
}
