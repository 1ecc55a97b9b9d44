// SOURCE: public GitHub file (a vehicle telemetry publisher for Scaleway NATS, nats_Cleanup() reached from main's cleanup label; search-index id 43419999601; the index does not name its repository)
// LIBRARY: nats.c
// SHAPE: negative - every exit of main, including the publish loop's error path, jumps to one label that returns nats_Cleanup(conn, opts, s), which destroys the connection and options and closes the library once as the program ends (the credential download over libcurl and the file writing cut)
#include <nats/nats.h>

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

volatile sig_atomic_t stop = 0;

void handle_sigint(int sig) {
  (void)sig;
  stop = 1;
}

int nats_Cleanup(natsConnection *conn, natsOptions *opts, natsStatus s) {
  printf("NATS status: %s\n", natsStatus_GetText(s));
  natsConnection_Destroy(conn);
  natsOptions_Destroy(opts);
  nats_Close();
  return (s == NATS_OK ? 0 : 1);
}

int main(int argc, char **argv) {
  char nats_server_url[] = "nats://nats.mnq.fr-par.scaleway.com:4222";
  natsConnection *conn = NULL;
  natsStatus s = NATS_OK;
  natsOptions *opts = NULL;

  if (argc != 3) {
    return 1;
  }
  char *nats_subject = argv[1];
  int interval = 5;
  (void)argv[2];

  s = natsOptions_Create(&opts);
  if (s != NATS_OK)
    goto cleanup;

  s = natsOptions_SetURL(opts, nats_server_url);
  if (s != NATS_OK)
    goto cleanup;

  s = natsOptions_SetUserCredentialsFromFiles(opts, "nats-credentials.txt",
                                              NULL);
  if (s != NATS_OK)
    goto cleanup;

  s = natsConnection_Connect(&conn, opts);
  if (s != NATS_OK)
    goto cleanup;

  signal(SIGINT, handle_sigint);

  while (!stop) {
    s = natsConnection_PublishString(conn, nats_subject, "14.32");
    printf("Message published to subject: %s\n", nats_subject);
    if (s != NATS_OK)
      goto cleanup;

    sleep(interval);
  }
  printf("SIGINT received, shutting down...\n");
  goto cleanup;

cleanup:
  return nats_Cleanup(conn, opts, s);
}
