#!/usr/bin/env bash
# Search at scale: quality, latency and reindex rate. Builds the jar, starts the application (PostgreSQL when its
# binaries are installed, else H2; own port, own data directory) in demo mode, writes N publications straight into
# the database (PublicationBenchLoader), restarts it and rebuilds the search index twice through its API: the first
# pass also writes the N search documents, the second only re-analyses them (the mass indexer alone, as after an
# upgrade). Then SearchBenchClient runs the labelled query set (src/test/resources/search/queries.txt): recall,
# R-precision and precision@10 against the items that contain the terms (computed from search_document), and
# latency p50/p95/p99 of the same queries one at a time. Not part of ./mvnw verify; bench/run.sh runs the client too.
#
# Usage: bench/search.sh [N]     (default 100000)
# Environment: BENCH_DB=postgres|h2, BENCH_WORK (default /tmp/gongkai-bench-search, wiped first),
# BENCH_PORT (default 18490; PostgreSQL +2), BENCH_QUERIES (timed queries, default 1000), BENCH_REUSE=1 (keep the
# database and index a finished run left in BENCH_WORK: only rebuild, start and run the query set, to compare
# versions of the query on the same data), BENCH_APP_ARGS (more arguments for the application, e.g.
# --gongkai.search.placed-above=100000 to measure the one scoring query on the same build), BENCH_REINDEX=1 (with
# BENCH_REUSE: rebuild the index once before the query set, e.g. into OpenSearch), BENCH_OPENSEARCH (the URL of the
# OpenSearch node the application writes to: its index sizes are reported instead of the Lucene directory's).
# Each start of the application is timed to health UP (with N items in the database from the second start on).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
work="${BENCH_WORK:-/tmp/gongkai-bench-search}"
app_port="${BENCH_PORT:-18490}"
pg_port=$((app_port + 2))
queries="${BENCH_QUERIES:-1000}"
app_pid=""
pg_data=""
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
log() { echo "[$(date +%H:%M:%S)] $*"; }
cleanup() {
	set +e
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
	[ -n "$pg_data" ] && as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
reuse=""
if [ -n "${BENCH_REUSE:-}" ] && [ -f "$work/loaded" ]; then reuse=1; else rm -rf "$work"; fi
mkdir -p "$work/data"
: >"$work/starts.txt"
chmod 755 "$work"
log "building"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
jar="$(ls target/gongkai*.jar | grep -v plain | head -1)"
cp="target/test-classes:target/classes:$(cat "$work/classpath")"

. bench/lib.sh
if [ -n "$reuse" ]; then
	start_database reuse
else
	start_database
fi
log "database: $db_name"

start_app() {
	local started
	started="$(date +%s.%N)"
	java -Xmx2g -jar "$jar" --server.port="$app_port" --gongkai.data-dir="$work/data" --gongkai.demo=true \
		--gongkai.search.searches-per-minute=1000000 "${db_args[@]}" ${BENCH_APP_ARGS:-} "$@" >>"$work/app.log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 1200); do
		if curl -fs -o /dev/null "http://127.0.0.1:$app_port/actuator/health"; then
			echo "start-up to health UP: $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s" \
				"(load average $(cut -d' ' -f1-3 /proc/loadavg))" >>"$work/starts.txt"
			return
		fi
		kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log"; echo "the application did not start" >&2; exit 1; }
		sleep 0.5
	done
	echo "the application did not answer within 600 s" >&2
	exit 1
}
stop_app() {
	kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
	app_pid=""
}

# a bearer token of the demo system administrator (its password is in the log of the first start)
login() {
	local password
	password="$(sed -n 's/^ *demo-sysadmin  *\([A-Za-z0-9]*\)$/\1/p' "$work/app.log" | tail -1)"
	token="$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"demo-sysadmin\",\"password\":\"$password\"}" \
		"http://127.0.0.1:$app_port/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"
}
reindex() {
	local started cpu_before cpu_after seconds
	cpu_before="$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat")"
	started="$(date +%s.%N)"
	curl -fs -o "$work/reindex-$1.out" -X POST -H "Authorization: Bearer $token" --max-time 7200 \
		"http://127.0.0.1:$app_port/api/v1/admin/search/reindex"
	seconds="$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')"
	cpu_after="$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat")"
	docs="$(sed -n 's/.*"documents":\([0-9]*\).*/\1/p' "$work/reindex-$1.out")"
	echo "$1: $docs documents in $seconds s = $(awk -v d="$docs" -v s="$seconds" 'BEGIN { printf "%.0f", d / s }') documents/s;" \
		"application CPU $(( (cpu_after - cpu_before) / $(getconf CLK_TCK) )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ -n "$reuse" ]; then
	log "reusing the data of the run before ($(cat "$work/loaded"))"
	start_app
	echo "(data and index reused from $(cat "$work/loaded"))" >"$work/reindex.txt"
	if [ -n "${BENCH_REINDEX:-}" ]; then
		login
		log "reindex (into the backend of BENCH_APP_ARGS)"
		reindex "reindex (index only)" | tee -a "$work/reindex.txt"
	fi
else
log "first start (migrations, demo county)"
start_app
stop_app
if [ "$db" = h2 ]; then
	log "writing $n publications with SQL"
	java -Xmx2g -cp "$cp" org.gongkai.demo.PublicationBenchLoader "$jdbc" "$db_user" "$db_password" "$n" | tee "$work/loader.out"
	start_app
else
	start_app
	log "writing $n publications with SQL"
	java -Xmx2g -cp "$cp" org.gongkai.demo.PublicationBenchLoader "$jdbc" "$db_user" "$db_password" "$n" | tee "$work/loader.out"
fi
login
log "reindex 1 (writes the search documents, then the mass indexer)"
reindex "reindex 1 (documents + index)" | tee "$work/reindex.txt"
log "reindex 2 (mass indexer only)"
reindex "reindex 2 (index only)" | tee -a "$work/reindex.txt"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $n items" >"$work/loaded"
fi
if [ -n "${BENCH_OPENSEARCH:-}" ]; then
	index_size="OpenSearch $(curl -fs "$BENCH_OPENSEARCH/_cat/indices?h=index,store.size,docs.count" | tr '\n' ' ')"
else
	index_size="$(du -sh "$work/data/index" | cut -f1)"
fi

log "query set: quality and latency"
java -Xmx1g -cp "$cp" org.gongkai.demo.SearchBenchClient "http://127.0.0.1:$app_port" "$queries" "$jdbc" "$db_user" "$db_password" \
	| tee "$work/search.out"
stop_app

echo
echo "=== Gongkai search bench, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?') ==="
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average (1/5/15 min): $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "database: $db_name; $(grep -o 'loaded .*' "$work/loader.out" || true) + the demo county's items; index on disk: $index_size"
cat "$work/starts.txt"
cat "$work/reindex.txt"
grep '^search' "$work/search.out" || true
