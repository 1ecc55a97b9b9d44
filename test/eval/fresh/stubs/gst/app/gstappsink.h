/* Minimal stand-in for gst/app/gstappsink.h. */
#pragma GCC system_header
#ifndef FRESH_STUB_GSTAPPSINK_H
#define FRESH_STUB_GSTAPPSINK_H
#include <gst/gst.h>
typedef struct _GstAppSink GstAppSink;
GstSample *gst_app_sink_pull_sample(GstAppSink *appsink);
#endif
