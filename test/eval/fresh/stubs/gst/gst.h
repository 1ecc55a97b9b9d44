/* Minimal stand-in for GStreamer 1.x / GLib declarations used by the cases
 * (gst/gst.h, gobject signals); GStreamer dev headers are not installed here. */
#pragma GCC system_header
#ifndef FRESH_STUB_GST_H
#define FRESH_STUB_GST_H
#include <stddef.h>
#include <stdint.h>
typedef char gchar;
typedef int gboolean;
typedef void *gpointer;
typedef uint64_t GstClockTime;
typedef unsigned long gulong;
typedef void (*GCallback)(void);
#define TRUE 1
#define FALSE 0
#define G_CALLBACK(f) ((GCallback)(f))
typedef struct _GstElement GstElement;
typedef struct _GstBuffer GstBuffer;
typedef struct _GstSample GstSample;
typedef struct { uint8_t *data; size_t size; } GstMapInfo;
typedef enum { GST_MAP_READ = 1 } GstMapFlags;
typedef enum { GST_FLOW_OK = 0, GST_FLOW_ERROR = -5 } GstFlowReturn;
#define GST_BUFFER_PTS(b) ((GstClockTime)0)
gulong g_signal_connect(gpointer instance, const gchar *signal, GCallback handler, gpointer data);
void g_object_set(gpointer object, const gchar *first_property, ...);
gchar *g_strdup_printf(const gchar *format, ...);
void g_free(gpointer mem);
void g_print(const gchar *format, ...);
GstBuffer *gst_sample_get_buffer(GstSample *sample);
void gst_sample_unref(GstSample *sample);
gboolean gst_buffer_map(GstBuffer *buffer, GstMapInfo *info, GstMapFlags flags);
void gst_buffer_unmap(GstBuffer *buffer, GstMapInfo *info);
#endif
