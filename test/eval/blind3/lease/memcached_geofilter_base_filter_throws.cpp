// SOURCE: https://github.com/chairemobilite/trRouting/pull/314 (src/memcachedgeofilter.cpp before the guard; the PR: "if an exception arise and we return early from the function, the connection will be returned to the pool in any cases. We had long running trRouting process which could not fetch any connection from the pool")
// LIBRARY: memcached
// SHAPE: positive - a caching decorator fetches a memcached connection, and on a cache miss calls the wrapped OSRM geofilter, which throws when OSRM cannot be reached; the release at the end is skipped and the pool drains over time (the code before the PR is reconstructed from the PR's diff and its description; types reduced). Known limitation: calls that may throw are exits only with AssumeCallsMayThrow
#include <libmemcachedutil-1.0/pool.h>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

struct Point {
  double latitude;
  double longitude;
};

struct NodeTimeDistance {
  int nodeIndex;
  int time;
  int distance;
};

class GeoFilter {
public:
  virtual ~GeoFilter() = default;
  // The OSRM implementation throws std::runtime_error when OSRM is down.
  virtual std::vector<NodeTimeDistance>
  getAccessibleNodesFootpathsFromPoint(const Point &point,
                                       int maxWalkingTravelTime,
                                       float walkingSpeedMetersPerSecond,
                                       bool reversed) = 0;
};

class MemcachedGeoFilter : public GeoFilter {
public:
  std::vector<NodeTimeDistance>
  getAccessibleNodesFootpathsFromPoint(const Point &point,
                                       int maxWalkingTravelTime,
                                       float walkingSpeedMetersPerSecond,
                                       bool reversed) override;

private:
  static std::string generateCacheKey(const Point &point, int maxWalk,
                                      float speed, bool reversed);
  static std::string
  serializeResults(const std::vector<NodeTimeDistance> &results);
  static std::vector<NodeTimeDistance>
  deserializeResults(const std::string &data);

  GeoFilter *baseGeoFilter;
  memcached_pool_st *memcPool;
  uint32_t cacheExpirySeconds;
};

std::vector<NodeTimeDistance>
MemcachedGeoFilter::getAccessibleNodesFootpathsFromPoint(
    const Point &point, int maxWalkingTravelTime,
    float walkingSpeedMetersPerSecond, bool reversed) {
  std::string cacheKey = generateCacheKey(point, maxWalkingTravelTime,
                                          walkingSpeedMetersPerSecond, reversed);

  if (!memcPool)
    return baseGeoFilter->getAccessibleNodesFootpathsFromPoint(
        point, maxWalkingTravelTime, walkingSpeedMetersPerSecond, reversed);

  // Acquire a connection from the pool
  memcached_return_t rc;
  memcached_st *memc = memcached_pool_fetch(memcPool, NULL, &rc); // EXPECT-WARN
  if (memc == NULL)
    return baseGeoFilter->getAccessibleNodesFootpathsFromPoint(
        point, maxWalkingTravelTime, walkingSpeedMetersPerSecond, reversed);

  size_t valueLength;
  uint32_t flags;
  char *cachedResult = memcached_get(memc, cacheKey.c_str(), cacheKey.length(),
                                     &valueLength, &flags, &rc);

  std::vector<NodeTimeDistance> results;
  if (rc == MEMCACHED_SUCCESS && cachedResult != NULL) {
    std::string resultData(cachedResult, valueLength);
    free(cachedResult);
    results = deserializeResults(resultData);
  }

  // Cache miss or error, compute the result using the base provider
  if (results.empty()) {
    results = baseGeoFilter->getAccessibleNodesFootpathsFromPoint(
        point, maxWalkingTravelTime, walkingSpeedMetersPerSecond, reversed);

    std::string serializedResults = serializeResults(results);
    if (!serializedResults.empty()) {
      rc = memcached_set(memc, cacheKey.c_str(), cacheKey.length(),
                         serializedResults.c_str(), serializedResults.length(),
                         cacheExpirySeconds, (uint32_t)0);
    }
  }

  memcached_pool_release(memcPool, memc);
  return results;
}
