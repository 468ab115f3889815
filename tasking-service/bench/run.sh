#!/usr/bin/env bash
# Runs the tasking-service benchmark (planner speed and quality; check-in ingestion and dose
# over HTTP against an embedded PostgreSQL) and writes bench/results.md.
# The benchmark is a @QuarkusTest named *Benchmark, which the normal build does not run.
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$module/.." && pwd)"
cd "$root"
./mvnw -B -o -q test -pl tasking-service -Dtest=TaskingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    "-DargLine=-XX:ActiveProcessorCount=2"
cp "$module/target/bench-results.md" "$module/bench/results.md"
cat "$module/bench/results.md"
