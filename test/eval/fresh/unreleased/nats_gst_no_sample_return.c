// SOURCE: public GitHub file (GStreamer appsink -> NATS streamer; search-index id 22023467763; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - the connection made at the top of the callback is destroyed only inside `if (sample)`; when no sample is pulled the function returns GST_FLOW_ERROR with the connection open
// FLAGS: -I../stubs
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <nats/nats.h>
#include <stdio.h>

static const char *nats_url = "nats://127.0.0.1:4222";

static GstFlowReturn new_sample(GstAppSink *sink, gpointer user_data) {
  GstSample *sample;
  GstBuffer *buffer;
  GstMapInfo info;
  gchar *deviceId = user_data;
  natsConnection *conn1 = NULL;
  natsStatus s1;

  gchar *subj1 = g_strdup_printf("device::stream::%s", deviceId);
  s1 = natsConnection_ConnectTo(&conn1, nats_url); // EXPECT-WARN

  sample = gst_app_sink_pull_sample(sink);
  if (sample) {
    buffer = gst_sample_get_buffer(sample);
    gst_buffer_map(buffer, &info, (GstMapFlags)(GST_MAP_READ));
    if (s1 == NATS_OK)
      s1 = natsConnection_Publish(conn1, subj1, (const void *)(info.data), (int)info.size);
    if (s1 == NATS_OK)
      s1 = natsConnection_FlushTimeout(conn1, 1000);
    natsConnection_Destroy(conn1);
    gst_buffer_unmap(buffer, &info);
    gst_sample_unref(sample);
    return GST_FLOW_OK;
  }

  return GST_FLOW_ERROR;
}
