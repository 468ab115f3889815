#!/usr/bin/env bash
# Reruns the portal benchmark on the real stack (ports moved by 20000, loopback only, about
# 2 minutes) and rewrites portal/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
java -Dpact.root="$PWD" -cp local-stack/target/local-stack.jar pact.stack.PortalBenchmark
