// SOURCE: public GitHub file (gstreamer_mp4.c, a video-frame publisher over NATS; search-index id 21258735481; the index does not name its repository)
// LIBRARY: nats.c
// SHAPE: positive - the GStreamer appsink "new-sample" signal handler, run once per decoded frame of up to 100 parallel streams, connects, publishes one frame and then calls nats_Close() "to silence reports of memory still in use with valgrind", tearing the NATS library down under the other streams' callbacks (GstAppSink and GstSample replaced by a GObject and a buffer pulled through a helper; JSON building and statistics cut)
// FLAGS: -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
#include <glib-object.h>
#include <nats/nats.h>

#include <stdio.h>

static char *nats_url = "nats://164.52.213.244:4222";

// Provided by the pipeline code: the mapped bytes of the next frame.
extern gboolean pull_frame(GObject *sink, const void **data, int *size);

static int new_sample(GObject *sink, gpointer user_data) {
  gchar *device_id = user_data;
  gchar *subj = g_strdup_printf("device.%s.frame", device_id);
  natsConnection *conn = NULL;
  natsOptions *opts = NULL;
  natsStatus s;
  const void *data;
  int size;

  s = natsConnection_ConnectTo(&conn, nats_url);

  if (pull_frame(sink, &data, &size)) {
    if (s == NATS_OK)
      s = natsConnection_Publish(conn, subj, data, size);
    if (s == NATS_OK)
      s = natsConnection_FlushTimeout(conn, 1000);
    if (s != NATS_OK) {
      printf("Error: %d - %s\n", s, natsStatus_GetText(s));
      nats_PrintLastErrorStack(stderr);
    }

    // Destroy all our objects to avoid report of memory leak
    natsConnection_Destroy(conn);
    natsOptions_Destroy(opts);

    // To silence reports of memory still in used with valgrind
    nats_Close(); // EXPECT-WARN

    g_free(subj);
    return 0;
  }
  natsConnection_Destroy(conn);
  g_free(subj);
  return 1;
}

gboolean add_stream(GObject *app_sink, gchar *id) {
  g_object_set(app_sink, "emit-signals", TRUE, NULL);
  g_signal_connect(app_sink, "new-sample", G_CALLBACK(new_sample), id);
  return TRUE;
}
