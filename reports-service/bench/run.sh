#!/usr/bin/env bash
# Reruns the reports-service benchmarks and rewrites bench/results.md: the hotspot and import
# figures (HotspotBenchmark, a test class), then the intake section (ReportIntakeBenchmark.java,
# a single-file program on the module's test classpath running the packaged service).
# Needs only a JDK: embedded PostgreSQL and test tokens, as in the tests. About 3-5 minutes.
# INTAKE_ONLY=1 reruns only the intake section; SKIP_BUILD=1 uses what is already in target/.
# Arguments (intake): [warm-up reports] [measured reports] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  ./mvnw -B -q install -pl reports-service -am -DskipTests
fi
if [[ "${INTAKE_ONLY:-0}" != "1" ]]; then
  ./mvnw -B -q test -pl reports-service -Dtest=HotspotBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpact.test.excludedGroups=none -Dpact.bench.out="$PWD/reports-service/bench/results.md"
fi
./mvnw -B -q -pl reports-service dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd reports-service
java -cp "$(cat target/bench-classpath.txt)" bench/ReportIntakeBenchmark.java \
  "${1:-1500}" "${2:-4000}" "${3:-16}" target/quarkus-app/quarkus-run.jar bench/results.md
echo "Results: reports-service/bench/results.md"
