#!/usr/bin/env bash
# Reruns the reports-service benchmark and rewrites bench/results.md.
# Needs only a JDK: embedded PostgreSQL and test tokens, as in the tests. About 2-4 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q install -pl reports-service -am -DskipTests
./mvnw -B -q test -pl reports-service -Dtest=HotspotBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dpact.test.excludedGroups=none -Dpact.bench.out="$PWD/reports-service/bench/results.md"
echo "Results: reports-service/bench/results.md"
