// SOURCE: public GitHub file (GStreamer appsink -> NATS streamer; search-index id 22023467763; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - the appsink "new-sample" signal handler (run once per video frame) connects to NATS, publishes the frame and destroys the connection
// FLAGS: -I../stubs
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <nats/nats.h>
#include <stdio.h>

static const char *nats_url = "nats://127.0.0.1:4222";
static GstElement *app_sink;

static GstFlowReturn new_sample(GstAppSink *sink, gpointer user_data) {
  GstSample *sample;
  GstBuffer *buffer;
  GstMapInfo info;
  gchar *deviceId = user_data;

  natsConnection *conn1 = NULL;
  natsStatistics *stats1 = NULL;
  natsOptions *opts1 = NULL;
  natsStatus s1;
  int count;

  gchar *subj1 = g_strdup_printf("device::stream::%s", deviceId);

  printf("Sending messages to subject '%s'\n", subj1);
  s1 = natsConnection_ConnectTo(&conn1, nats_url); // EXPECT-WARN

  if (s1 == NATS_OK)
    s1 = natsStatistics_Create(&stats1);

  /* Retrieve the sample */
  sample = gst_app_sink_pull_sample(sink);

  if (sample) {
    buffer = gst_sample_get_buffer(sample);
    gst_buffer_map(buffer, &info, (GstMapFlags)(GST_MAP_READ));

    for (count = 0; (s1 == NATS_OK) && (count < 1); count++) {
      s1 = natsConnection_Publish(conn1, subj1, (const void *)(info.data), (int)info.size);
    }
    if (s1 == NATS_OK)
      s1 = natsConnection_FlushTimeout(conn1, 1000);

    // Destroy all our objects to avoid report of memory leak
    natsStatistics_Destroy(stats1);
    natsConnection_Destroy(conn1);
    natsOptions_Destroy(opts1);

    gst_buffer_unmap(buffer, &info);
    gst_sample_unref(sample);
    return GST_FLOW_OK;
  }

  return GST_FLOW_ERROR;
}

static gboolean natsStream_interpipesrc(gchar *device_id) {
  g_object_set(app_sink, "emit-signals", TRUE, NULL);
  g_signal_connect(app_sink, "new-sample", G_CALLBACK(new_sample), device_id);
  return TRUE;
}
