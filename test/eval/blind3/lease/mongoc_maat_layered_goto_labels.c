// SOURCE: NationalSecurityAgency/maat, mongo_selector.c, check_all_phrases_valid (search-index id 4096656301)
// LIBRARY: mongoc
// SHAPE: negative - layered cleanup labels in reverse order of acquisition: a NULL client jumps past the push to client_err, a missing collection jumps to coll_err (push only), later failures to search_err/unknown_err, which fall through to the push; every path that holds the client reaches coll_err once (Maat's APB list and logging reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

typedef struct apb_list apb_list;
int check_phrase_validity(const char *phrase, apb_list *apbs);
#define dlog(level, ...) fprintf(stderr, __VA_ARGS__)

/* Check that all phrases in the selection policy are handled by an APB */
int check_all_phrases_valid(mongoc_client_pool_t *pool, apb_list *apbs) {
  int err = -1;
  const char *phrase;
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  mongoc_cursor_t *cursor;
  bson_t *query, *exists;
  const bson_t *doc;

  bson_iter_t iter;
  bson_iter_t match_cond_iter;

  client = mongoc_client_pool_pop(pool);
  if (client == NULL) {
    dlog(0, "Unable to get client from mongo client pool\n");
    goto client_err;
  }

  collection = mongoc_client_get_collection(client, "maat", "selector");
  if (collection == NULL) {
    dlog(0, "Unable to get selector collection in database\n");
    goto coll_err;
  }

  /*Formulate query */
  exists = BCON_NEW("$exists", BCON_BOOL(true));
  query = bson_new();
  BSON_APPEND_DOCUMENT(query, "action", exists);

  cursor = mongoc_collection_find_with_opts(collection, query, NULL, NULL);
  if (cursor == NULL) {
    dlog(0, "Error: Unable to load phrases from selection policy\n");
    goto search_err;
  }

  /* For each document in the selection policy which has an action field...*/
  while (mongoc_cursor_next(cursor, &doc)) {
    if (bson_iter_init(&iter, doc) &&
        bson_iter_find_descendant(&iter, "action.conditions.apb_phrase",
                                  &match_cond_iter) &&
        BSON_ITER_HOLDS_UTF8(&match_cond_iter)) {

      phrase = bson_iter_utf8(&match_cond_iter, NULL);

      if (check_phrase_validity(phrase, apbs) == 0) {
        dlog(3, "Found phrase %s that cannot be found in any APB\n", phrase);
        goto unknown_err;
      }

    } else {
      dlog(2, "No phrase field available for record\n");
    }
  }

  err = 0;

unknown_err:
  mongoc_cursor_destroy(cursor);
search_err:
  bson_destroy(exists);
  bson_destroy(query);
  mongoc_collection_destroy(collection);
coll_err:
  mongoc_client_pool_push(pool, client);
client_err:
  return err;
}
