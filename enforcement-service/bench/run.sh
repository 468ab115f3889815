#!/usr/bin/env bash
# Benchmark: notice intake through POST /api/v1/notices against the same PostgreSQL server's
# durable insert rate, the service's CPU per notice, and the PSPO lookup.
# Builds the service (unless SKIP_BUILD=1), then runs NoticeIssueBenchmark.java as a single-file
# program on the module's test classpath (durable embedded PostgreSQL, the test token issuer).
# Usage: enforcement-service/bench/run.sh [warmup] [requests] [concurrency]   (defaults 1000, 3000, 16)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(cd .. && pwd)"
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  "$root/mvnw" -B -o -q -f "$root/pom.xml" install -pl enforcement-service -am -DskipTests
fi
"$root/mvnw" -B -o -q -f "$root/pom.xml" -pl enforcement-service dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "$(cat target/bench-classpath.txt)" bench/NoticeIssueBenchmark.java \
  "${1:-1000}" "${2:-3000}" "${3:-16}" target/quarkus-app/quarkus-run.jar bench/results.md
