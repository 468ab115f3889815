#!/usr/bin/env bash
# Reruns the gateway benchmark on the real stack (ports moved by 20000, loopback only, about
# 5 minutes) and rewrites gateway/bench/results.md.
# PACT_JVM_OPTIONS="..." runs every JVM with other options than the local stack's, to compare.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
java -Dpact.root="$PWD" ${PACT_JVM_OPTIONS:+"-Dpact.stack.jvm-options=$PACT_JVM_OPTIONS"} \
  -cp local-stack/target/local-stack.jar pact.stack.GatewayBenchmark
