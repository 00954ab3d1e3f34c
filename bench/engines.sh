#!/usr/bin/env bash
# The two search engines side by side on the same N items, and what N items do to start-up:
#  1. bench/search.sh N on the embedded Lucene index (PostgreSQL when installed): load, index, query set;
#  2. an OpenSearch node from deploy/opensearch.sh; the application started on the same database with
#     --gongkai.search.backend=opensearch, the index rebuilt into OpenSearch through the reindex API, the same query
#     set (bench/search.sh with BENCH_REUSE=1 BENCH_REINDEX=1);
#  3. the node started as a server starts it (deploy/node.sh: class-data archive, small heap) on the database with
#     N items and on an empty one, timed to the first page, with its idle RSS.
# Prints the figures of each at the end. Not part of ./mvnw verify.
#
# Usage: bench/engines.sh [N]     (default 1000000)
# Environment: BENCH_WORK (default /tmp/gongkai-bench-engines, wiped first), BENCH_PORT (default 18520; PostgreSQL
# +2, OpenSearch +7), BENCH_QUERIES (timed queries, default 1000), OPENSEARCH_HEAP (default 1g), BENCH_REUSE=1 (keep
# the Lucene run a finished or failed run left in BENCH_WORK and go on from step 2).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
work="${BENCH_WORK:-/tmp/gongkai-bench-engines}"
app_port="${BENCH_PORT:-18520}"
os_port=$((app_port + 7))
os_url="http://127.0.0.1:$os_port"
node_pid=""
log() { echo "[$(date +%H:%M:%S)] $*"; }
cleanup() {
	set +e
	[ -n "$node_pid" ] && kill "$node_pid" 2>/dev/null && wait "$node_pid" 2>/dev/null
	OPENSEARCH_PORT="$os_port" OPENSEARCH_DIR="$work-opensearch" deploy/opensearch.sh stop >/dev/null 2>&1
	[ -d "$work/pg" ] && as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1
}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
trap cleanup EXIT
rm -rf "$work-opensearch"
export BENCH_WORK="$work" BENCH_PORT="$app_port"
reuse="${BENCH_REUSE:-}"
unset BENCH_REUSE

if [ -n "$reuse" ] && [ -f "$work/loaded" ] && [ -f "$work.lucene.out" ]; then
	log "Lucene: the run before ($(cat "$work/loaded")), not measured again"
else
	log "Lucene: bench/search.sh $n"
	bench/search.sh "$n" | tee "$work.lucene.out"
fi

log "OpenSearch node on port $os_port"
mkdir -p "$work-opensearch"
OPENSEARCH_PORT="$os_port" OPENSEARCH_DIR="$work-opensearch" OPENSEARCH_HEAP="${OPENSEARCH_HEAP:-1g}" \
	deploy/opensearch.sh start
log "OpenSearch: the same database, the index rebuilt into OpenSearch, the same query set"
BENCH_REUSE=1 BENCH_REINDEX=1 BENCH_OPENSEARCH="$os_url" \
	BENCH_APP_ARGS="--gongkai.search.backend=opensearch --gongkai.search.opensearch.uris=$os_url" \
	bench/search.sh "$n" | tee "$work.opensearch.out"
OPENSEARCH_PORT="$os_port" OPENSEARCH_DIR="$work-opensearch" deploy/opensearch.sh stop

# deploy/node.sh on the database with N items (Lucene, the index bench/search.sh left), then on an empty data directory
# and database; the archive is trained before the first timed start
node_start() {
	local label="$1" started first rss
	shift
	started="$(date +%s.%N)"
	GONGKAI_RUN_DIR="$work/node" deploy/node.sh --server.port="$app_port" "$@" >"$work/node-$label.log" 2>&1 &
	node_pid=$!
	for _ in $(seq 1 1200); do
		curl -fs -o /dev/null "http://127.0.0.1:$app_port/" && break
		kill -0 "$node_pid" 2>/dev/null || { tail -30 "$work/node-$label.log"; exit 1; }
		sleep 0.1
	done
	first="$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')"
	sleep 40
	rss="$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$node_pid/status")"
	echo "deploy/node.sh, $label: first page after $first s, 'Started' after" \
		"$(grep -ao 'Started GongkaiApplication in [0-9.]*' "$work/node-$label.log" | grep -o '[0-9.]*$') s," \
		"idle RSS $rss MiB (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$work/node.txt"
	kill "$node_pid" && wait "$node_pid" 2>/dev/null || true
	node_pid=""
}
: >"$work/node.txt"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
	-o "-p $((app_port + 2)) -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
db=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$((app_port + 2))/gongkai"
	--spring.datasource.username=gongkai "--gongkai.data-dir=$work/data")
log "deploy/node.sh with $n items: training start, then two timed starts"
node_start "training, $n items" "${db[@]}"
node_start "$n items" "${db[@]}"
node_start "$n items, again" "${db[@]}"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null
log "deploy/node.sh on an empty H2 data directory (first start: migrations), then again"
rm -rf "$work/empty"
node_start "empty H2, first start" "--gongkai.data-dir=$work/empty"
node_start "empty H2, again" "--gongkai.data-dir=$work/empty"

echo
echo "=== Gongkai search engines side by side, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD) ==="
echo "--- Lucene (embedded) ---"
sed -n '/^=== Gongkai search bench/,$p' "$work.lucene.out"
echo "--- OpenSearch (one node, heap ${OPENSEARCH_HEAP:-1g}, same machine) ---"
sed -n '/^=== Gongkai search bench/,$p' "$work.opensearch.out"
echo "--- start-up and idle memory ---"
cat "$work/node.txt"
