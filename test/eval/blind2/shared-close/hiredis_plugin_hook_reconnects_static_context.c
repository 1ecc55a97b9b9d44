// SOURCE: public GitHub file (jobcomp_redis.c, a Slurm job-completion plugin; search-index id 17029105960; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the plugin keeps one file-static context; redis_connect() frees the old context, resets the pointer and connects again, and is called from the per-job hook when a PING fails (slurmctld calls the job-completion hooks one at a time under its plugin lock); fini(), the plugin unload hook, frees and resets it (the field formatter and slurm headers replaced by a small job struct)
#include <hiredis/hiredis.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLURM_SUCCESS 0
#define SLURM_ERROR -1

struct job_record {
  unsigned job_id;
  const char *partition;
  const char *user;
};

static const char *host = "127.0.0.1";
static const int port = 6379;
static redisContext *ctx = NULL;
static char *keytag = NULL;

static int redis_connect(void) {
  if (ctx) {
    redisFree(ctx);
    ctx = NULL;
  }
  ctx = redisConnect(host, port);
  if (!ctx || ctx->err) {
    fprintf(stderr, "Connection error: %s\n", ctx ? ctx->errstr : "?");
    return SLURM_ERROR;
  }
  return SLURM_SUCCESS;
}

static int redis_connected(void) {
  int rc = 0;
  if (!ctx) {
    return rc;
  }
  redisReply *reply;
  reply = redisCommand(ctx, "PING");
  if (ctx->err == 0) {
    freeReplyObject(reply);
    rc = 1;
  }
  return rc;
}

int fini(void) {
  if (ctx) {
    redisFree(ctx);
    ctx = NULL;
  }
  if (keytag) {
    free(keytag);
    keytag = NULL;
  }
  return SLURM_SUCCESS;
}

int slurm_jobcomp_set_location(char *location) {
  if (redis_connected()) {
    return SLURM_SUCCESS;
  }
  if (redis_connect() != SLURM_SUCCESS) {
    return SLURM_ERROR;
  }
  keytag = strdup(location ? location : "job");
  return SLURM_SUCCESS;
}

int slurm_jobcomp_log_record(struct job_record *job) {
  if (!job) {
    return SLURM_SUCCESS;
  }

  if (!redis_connected()) {
    redis_connect();
  }

  redisAppendCommand(ctx, "HSET %s:%u Partition %s", keytag, job->job_id,
                     job->partition);
  redisAppendCommand(ctx, "HSET %s:%u User %s", keytag, job->job_id,
                     job->user);
  redisAppendCommand(ctx, "SLURMJC.INDEX %s %u", keytag, job->job_id);

  redisReply *reply;
  for (int i = 0; i < 3; ++i) {
    redisGetReply(ctx, (void **)&reply);
    freeReplyObject(reply);
    reply = NULL;
  }
  return SLURM_SUCCESS;
}
