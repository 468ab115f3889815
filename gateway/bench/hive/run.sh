#!/usr/bin/env bash
# Compares the PACT gateway with Hive Gateway (the off-the-shelf alternative) composed from the
# services' own OpenAPI documents, reading one report by id at 1, 4 and 32 connections beside
# direct REST, and writes gateway/bench/hive/results.md. Runs against the local stack: start it
# first with ./pact up. Needs Node.js 18 or newer and npm (the versions in package.json, from the
# npm registry). Loopback only; about 4 minutes.
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "This comparison needs Node.js and npm." >&2; exit 1; }
curl -sf -o /dev/null http://127.0.0.1:8080/q/health 2>/dev/null || curl -sf -o /dev/null http://127.0.0.1:9080/q/health \
  || { echo "Start the local stack first: ./pact up" >&2; exit 1; }
npm install --no-audit --no-fund --silent
for service in reports:9081 tasking:9082 enforcement:9083; do
  curl -sf "http://127.0.0.1:${service#*:}/q/openapi?format=json" -o "openapi-${service%%:*}.json"
done
./node_modules/.bin/mesh-compose -o supergraph.graphql
./node_modules/.bin/hive-gateway supergraph supergraph.graphql --port 4000 --host 127.0.0.1 > hive.log 2>&1 &
hive=$!
trap 'kill $hive 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf -o /dev/null http://127.0.0.1:4000/healthcheck && break
  sleep 1
done
java -cp ../../../local-stack/target/local-stack.jar \
  -Dhive.version="$(node -p "require('@graphql-hive/gateway/package.json').version")" ByIdComparison.java results.md
echo "Results: gateway/bench/hive/results.md"
