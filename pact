#!/usr/bin/env bash
# PACT local platform: ./pact up | down | status
#   up      builds what is missing, then starts Keycloak, an embedded PostgreSQL per service,
#           the three services and the gateway, loads demo data and prints the URLs.
#           Runs in the foreground: Ctrl-C stops everything it started.
#           Options: --build (rebuild first), --except module[,module], --no-demo-data
#   down    stops a running platform (from another terminal).
#   status  says whether it is running.
set -euo pipefail
cd "$(dirname "$0")"

need_java() {
  if ! command -v java >/dev/null 2>&1; then
    echo "PACT needs a Java 17 (or newer) JDK, and none is on the PATH." >&2
    echo "Install one, for example: sudo apt-get install openjdk-17-jdk-headless" >&2
    exit 1
  fi
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  if [ "${major%%.*}" -lt 17 ] 2>/dev/null; then
    echo "PACT needs Java 17 or newer; 'java' on the PATH is version $major." >&2
    echo "Install one, for example: sudo apt-get install openjdk-17-jdk-headless" >&2
    exit 1
  fi
  if ! command -v javac >/dev/null 2>&1; then
    echo "PACT builds itself and needs a JDK, not only a JRE: sudo apt-get install openjdk-17-jdk-headless" >&2
    exit 1
  fi
}

launcher=local-stack/target/local-stack.jar
stamp=local-stack/target/pact-built.stamp

needs_build() {
  [ "${1:-}" = "--build" ] && return 0
  for jar in reports-service tasking-service enforcement-service gateway portal; do
    [ -f "$jar/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -f "$launcher" ] && [ -f "$stamp" ] || return 0
  [ -f local-stack/target/keycloak/keycloak-dist.zip ] || return 0
  # sources changed since the last build
  [ -n "$(find ./*/src pom.xml ./*/pom.xml -newer "$stamp" -type f -print -quit 2>/dev/null)" ] && return 0
  return 1
}

cmd="${1:-up}"
[ $# -gt 0 ] && shift
case "$cmd" in
  up)
    need_java
    build_flag=""
    args=()
    for a in "$@"; do
      if [ "$a" = "--build" ]; then build_flag="--build"; else args+=("$a"); fi
    done
    if needs_build "$build_flag"; then
      echo "[pact] building (first time: a few minutes; Maven and Keycloak come from Maven Central) ..."
      ./mvnw -B -q package -DskipTests
      touch "$stamp"
    fi
    exec java -Dpact.root="$PWD" -jar "$launcher" up "${args[@]+"${args[@]}"}"
    ;;
  down|status)
    need_java
    if [ ! -f "$launcher" ]; then
      echo "PACT is not built, so it is not running."
      exit 0
    fi
    exec java -Dpact.root="$PWD" -jar "$launcher" "$cmd"
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
