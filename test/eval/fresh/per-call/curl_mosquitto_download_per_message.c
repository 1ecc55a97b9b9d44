// SOURCE: public GitHub file (MQTT broadcast downloader; search-index id 1767102717; the index does not name its repository)
// LIBRARY: curl
// SHAPE: positive - the MQTT message callback calls _get_file(), which creates and cleans up a new easy handle for every message
// FLAGS: -I../stubs
#define _GNU_SOURCE
#include <curl/curl.h>
#include <mosquitto.h>
#include <stdio.h>
#include <stdlib.h>

static struct _ujin_context {
  struct mosquitto *mosq;
} ujin_context;

void broadcast(const char *fn);

static int _get_file(const char *url, const char *filename) {
  if (!url || !filename)
    return -1;

  CURL *curl = curl_easy_init(); // EXPECT-WARN
  if (!curl) {
    return -1;
  }

  FILE *file = fopen(filename, "w");
  if (!file) {
    perror("fopen");
    curl_easy_cleanup(curl);
    return -1;
  }

  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "GET");
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, file);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  CURLcode res = curl_easy_perform(curl);

  fclose(file);
  curl_easy_cleanup(curl);

  return res != CURLE_OK ? -1 : 0;
}

void on_message(struct mosquitto *mosq, void *obj, const struct mosquitto_message *msg) {
  const char *BASE_URL = "http://192.168.0.65:55580/api/Broadcast/Download";
  char *url = NULL;
  char *fn = NULL;

  asprintf(&url, "%s?id=%s", BASE_URL, (char *)msg->payload);
  asprintf(&fn, "/tmp/%s.mp3", (char *)msg->payload);

  if (_get_file(url, fn) == 0)
    broadcast(fn);

  free(url);
  free(fn);
}

int main(int argc, char *argv[]) {
  mosquitto_lib_init();
  if ((ujin_context.mosq = mosquitto_new(NULL, true, NULL)) == NULL) {
    perror("mosquitto_new error.");
    mosquitto_lib_cleanup();
    return -1;
  }
  mosquitto_message_callback_set(ujin_context.mosq, on_message);
  if (mosquitto_connect(ujin_context.mosq, "test.mosquitto.org", 1883, 60) != MOSQ_ERR_SUCCESS) {
    mosquitto_destroy(ujin_context.mosq);
    return 1;
  }
  mosquitto_loop_forever(ujin_context.mosq, -1, 1);
  mosquitto_lib_cleanup();
  return 0;
}
