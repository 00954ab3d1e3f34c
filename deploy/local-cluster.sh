#!/usr/bin/env bash
# A two-node Gongkai cluster on this machine, on 127.0.0.1 only, with the engines cluster mode runs on: a database on
# the local PostgreSQL (deploy/postgres.sh), an OpenSearch node (deploy/opensearch.sh), the S3-compatible object store
# (deploy/object-store.sh), and two nodes of the jar in cluster and demo mode. No Docker.
#
#   deploy/local-cluster.sh up      start what is not running, wait until both nodes answer; the last line printed is
#                                   node1=http://127.0.0.1:18601 node2=http://127.0.0.1:18602
#   deploy/local-cluster.sh down    stop the nodes and the engines (the data stays)
#   deploy/local-cluster.sh purge   down, then drop the database and delete the directory
#   deploy/local-cluster.sh status  what runs
#
# Environment (defaults in brackets):
#   GONGKAI_NODE_PORTS        the nodes' ports ["18601 18602"]
#   GONGKAI_DEMO_PASSWORD     every demo account's password [a random one, kept in the directory's demo-password]
#   GONGKAI_AUDIT_KEY         the audit key both nodes sign with [a random one, kept in the directory's audit-key]
#   LOCAL_CLUSTER_DIR         nodes' data directories, logs, pids and the engines' data [${TMPDIR:-/tmp}/gongkai-local-cluster]
#   LOCAL_CLUSTER_DATABASE    the PostgreSQL database, created at the first up [gongkai_local_cluster]
#   LOCAL_CLUSTER_FRESH       1: drop and create the database at up (a new demo county) [0]
#   LOCAL_CLUSTER_DEMO_ITEMS  published demo items per agency [200]
#   LOCAL_CLUSTER_HEAP        each node's heap [512m]
#   OPENSEARCH_PORT           [19210]      OBJECT_STORE_PORT [19010]
# The jar is target/gongkai.jar; it is built (./mvnw package, tests skipped) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a ports <<<"${GONGKAI_NODE_PORTS:-18601 18602}"
dir="${LOCAL_CLUSTER_DIR:-${TMPDIR:-/tmp}/gongkai-local-cluster}"
database="${LOCAL_CLUSTER_DATABASE:-gongkai_local_cluster}"
export OPENSEARCH_PORT="${OPENSEARCH_PORT:-19210}"
export OPENSEARCH_DIR="$dir/opensearch"
export OBJECT_STORE_PORT="${OBJECT_STORE_PORT:-19010}"
export OBJECT_STORE_DIR="$dir/object-store"
export PGPASSWORD="${PGPASSWORD:-postgres}"
jar=target/gongkai.jar

node_pid() {
  local file="$dir/node$1/gongkai.pid"
  [[ -f "$file" ]] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

answers() { curl -fsS -m 3 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"'; }

demo_password() {
  if [[ -n "${GONGKAI_DEMO_PASSWORD:-}" ]]; then
    echo "$GONGKAI_DEMO_PASSWORD"
    return
  fi
  if [[ ! -f "$dir/demo-password" ]]; then
    # letters, digits and a symbol: the password policy wants all three kinds
    (umask 077; echo "Gk-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-9" >"$dir/demo-password")
  fi
  cat "$dir/demo-password"
}

# The nodes sign the one audit log: they need the same key (a node with a key of its own finds the chain "broken" at
# the other's entries). Generated once, kept in the directory, handed to both as GONGKAI_AUDIT_KEY.
audit_key() {
  if [[ -n "${GONGKAI_AUDIT_KEY:-}" ]]; then
    echo "$GONGKAI_AUDIT_KEY"
    return
  fi
  if [[ ! -f "$dir/audit-key" ]]; then
    (umask 077; head -c 32 /dev/urandom | base64 | tr -d '\n' >"$dir/audit-key")
  fi
  cat "$dir/audit-key"
}

start_node() {
  local n="$1" port="$2" pid
  if pid="$(node_pid "$n")"; then
    echo "node$n already running (pid $pid) on port $port"
    return 0
  fi
  if answers "$port"; then
    echo "port $port answers already, but not from $dir: another Gongkai? Not starting node$n." >&2
    exit 1
  fi
  mkdir -p "$dir/node$n"
  echo "starting node$n on http://127.0.0.1:$port"
  GONGKAI_DEMO_PASSWORD="$password" GONGKAI_AUDIT_KEY="$(audit_key)" GONGKAI_STORAGE_S3_SECRETKEY="$(cat "$OBJECT_STORE_DIR/secret-key")" \
    SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
    nohup java "-Xmx${LOCAL_CLUSTER_HEAP:-512m}" -jar "$jar" \
    --server.address=127.0.0.1 --server.port="$port" \
    --gongkai.data-dir="$dir/node$n/data" \
    --gongkai.demo=true --gongkai.demo.items-per-agency="${LOCAL_CLUSTER_DEMO_ITEMS:-200}" \
    --gongkai.cluster.enabled=true \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$database" --spring.datasource.username=postgres \
    --gongkai.search.backend=opensearch --gongkai.search.opensearch.uris="http://127.0.0.1:$OPENSEARCH_PORT" \
    --gongkai.storage.type=s3 --gongkai.storage.s3.endpoint="http://127.0.0.1:$OBJECT_STORE_PORT" \
    --gongkai.storage.s3.bucket=gongkai --gongkai.storage.s3.access-key=gongkai --gongkai.storage.s3.path-style=true \
    >"$dir/node$n/gongkai.log" 2>&1 &
  echo $! >"$dir/node$n/gongkai.pid"
  for _ in $(seq 1 "${LOCAL_CLUSTER_WAIT:-300}"); do
    if answers "$port"; then
      echo "node$n answers on http://127.0.0.1:$port"
      return 0
    fi
    if ! node_pid "$n" >/dev/null; then
      tail -40 "$dir/node$n/gongkai.log" >&2
      echo "node$n stopped while starting (log: $dir/node$n/gongkai.log)" >&2
      exit 1
    fi
    sleep 1
  done
  tail -40 "$dir/node$n/gongkai.log" >&2
  echo "node$n did not answer within ${LOCAL_CLUSTER_WAIT:-300} s (log: $dir/node$n/gongkai.log)" >&2
  exit 1
}

stop_node() {
  local n="$1" pid
  if pid="$(node_pid "$n")"; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "node$n stopped"
  fi
  rm -f "$dir/node$n/gongkai.pid"
}

up() {
  mkdir -p "$dir"
  chmod 700 "$dir"
  [[ -f "$jar" ]] || ./mvnw -B -q -DskipTests package
  if [[ "${LOCAL_CLUSTER_FRESH:-0}" == 1 ]]; then
    for n in 1 2; do node_pid "$n" >/dev/null && { echo "stop the nodes first (down) for a fresh database" >&2; exit 1; }; done
    deploy/postgres.sh recreate "$database"
    # a new database numbers its items afresh: the old index would answer with other items
    deploy/opensearch.sh stop >/dev/null || true
    rm -rf "$OPENSEARCH_DIR/node"
  else
    deploy/postgres.sh create "$database"
  fi
  deploy/opensearch.sh start
  deploy/object-store.sh start >/dev/null
  password="$(demo_password)"
  # one after the other: the first loads the demo county, the second finds it there
  start_node 1 "${ports[0]}"
  start_node 2 "${ports[1]}"
  echo "demo accounts' password: $( [[ -n "${GONGKAI_DEMO_PASSWORD:-}" ]] && echo GONGKAI_DEMO_PASSWORD || echo "in $dir/demo-password")"
  echo "node1=http://127.0.0.1:${ports[0]} node2=http://127.0.0.1:${ports[1]}"
}

down() {
  stop_node 2
  stop_node 1
  deploy/object-store.sh stop >/dev/null || true
  deploy/opensearch.sh stop || true
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  purge)
    down
    deploy/postgres.sh drop "$database"
    rm -rf "$dir" ;;
  status)
    for n in 1 2; do
      if pid="$(node_pid "$n")"; then echo "node$n running (pid $pid)"; else echo "node$n not running"; fi
    done
    deploy/opensearch.sh status || true
    deploy/object-store.sh status || true ;;
  *) echo "usage: $0 up|down|purge|status" >&2; exit 2 ;;
esac
