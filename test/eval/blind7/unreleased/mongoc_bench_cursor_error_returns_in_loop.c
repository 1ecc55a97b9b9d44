// SOURCE: public GitHub file (mongoc read-latency benchmark main loop; search-index id 25110534506; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - mongoc_collection_find_with_opts on each loop iteration; when mongoc_cursor_error reports a failure the function returns EXIT_FAILURE with the cursor (and the query) not destroyed; only the normal iteration destroys it (rendered: the loop is moved out of main into a function that receives the collection)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

int run_reads(mongoc_collection_t *collection, const char *fieldname,
              long max_id) {
  long curr_id = 0;
  long sum_rtt_ms = 0;
  unsigned long i = 0;
  bson_error_t error;
  const bson_t *doc;

  while (curr_id < max_id) {
    bson_t query;
    bson_init(&query);
    BSON_APPEND_INT64(&query, fieldname, curr_id);

    struct timeval start_tp, end_tp;
    gettimeofday(&start_tp, NULL);
    mongoc_cursor_t *cursor = mongoc_collection_find_with_opts( // EXPECT-WARN
        collection, &query, NULL, NULL);

    bool cursor_next_ret = mongoc_cursor_next(cursor, &doc);
    gettimeofday(&end_tp, NULL);
    sum_rtt_ms += ((end_tp.tv_sec - start_tp.tv_sec) * 1000) +
                  ((end_tp.tv_usec - start_tp.tv_usec) / 1000);
    if (!cursor_next_ret) {
      fprintf(stderr, "No document for { \"%s\": %ld } was found\n", fieldname,
              curr_id);
    }

    if (mongoc_cursor_error(cursor, &error)) {
      fprintf(stderr, "Cursor Failure: %s\n", error.message);
      return EXIT_FAILURE;
    }

    bson_destroy(&query);
    mongoc_cursor_destroy(cursor);

    ++i;
    ++curr_id;
  }

  fprintf(stdout, "Count = %lu, Median = %fms\n", i,
          i ? (double)sum_rtt_ms / i : 0.0);
  return EXIT_SUCCESS;
}
