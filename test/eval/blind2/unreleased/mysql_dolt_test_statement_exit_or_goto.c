// SOURCE: public GitHub file, dolt MySQL client test (C) test_statement (search-index id 124633616; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - every failure either calls exit(1) or jumps to a 'close:' label that closes the statement; the result metadata is freed when it was returned
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct statement_t {
  char *query;
  MYSQL_BIND bind[10];
  int expect_prepare_error;
  int expect_exec_error;
  int expect_result_metadata;
} statement;

void test_statement(MYSQL *con, statement *stmt) {
  MYSQL_STMT *mstmt = mysql_stmt_init(con);
  if (!mstmt) {
    fprintf(stderr, "failed to init stmt: %s\n", mysql_error(con));
    exit(1);
  }
  if (mysql_stmt_prepare(mstmt, stmt->query, strlen(stmt->query))) {
    if (!stmt->expect_prepare_error) {
      fprintf(stderr, "failed to prepare stmt: %s: %s\n", stmt->query,
              mysql_stmt_error(mstmt));
      exit(1);
    } else {
      goto close;
    }
  }
  if (mysql_stmt_bind_param(mstmt, stmt->bind)) {
    fprintf(stderr, "failed to bind stmt: %s: %s\n", stmt->query,
            mysql_stmt_error(mstmt));
    exit(1);
  }
  MYSQL_RES *metadata = mysql_stmt_result_metadata(mstmt);
  if (stmt->expect_result_metadata && metadata == NULL) {
    fprintf(stderr, "result metadata was unexpectedly NULL: %s\n",
            stmt->query);
    exit(1);
  } else if (!stmt->expect_result_metadata && metadata != NULL) {
    fprintf(stderr, "result metadata was unexpectedly non-NULL: %s\n",
            stmt->query);
    exit(1);
  }
  if (mysql_stmt_execute(mstmt)) {
    if (!stmt->expect_exec_error) {
      fprintf(stderr, "failed to execute stmt: %s: %s\n", stmt->query,
              mysql_stmt_error(mstmt));
      exit(1);
    }
  }
  if (metadata != NULL)
    mysql_free_result(metadata);
close:
  if (mysql_stmt_close(mstmt)) {
    fprintf(stderr, "failed to close stmt: %s: %s\n", stmt->query,
            mysql_error(con));
    exit(1);
  }
}
