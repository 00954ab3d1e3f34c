#!/usr/bin/env bash
# Pages and search again on the database and index that the last bench/run.sh left in its work directory
# (PostgreSQL only), for measuring a change without loading and indexing a million items again: builds the jar,
# starts the database and the application on them, saves the sample pages for nginx afresh, then prints the
# item-page and column-list table of bench/run.sh (application against nginx) and the search latency.
#
# Usage: bench/rerun.sh   (BENCH_WORK, BENCH_PORT, BENCH_DURATION, BENCH_CONNECTIONS as for bench/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${BENCH_DURATION:-20s}"
connections="${BENCH_CONNECTIONS:-16}"
work="${BENCH_WORK:-/tmp/gongkai-bench}"
app_port="${BENCH_PORT:-18480}"
nginx_port=$((app_port + 1))
pg_port=$((app_port + 2))
pg_data="$work/pg"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -d "$pg_data" ] && [ -d "$work/data/index" ] || { echo "no database and index in $work: run bench/run.sh first" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
log() { echo "[$(date +%H:%M:%S)] $*"; }
app_pid=""
cleanup() {
	set +e
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
	[ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
	as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "building"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
jar="$(ls target/gongkai*.jar | grep -v plain | head -1)"
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
	-o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" start >/dev/null
java -Xmx2g -jar "$jar" --server.port="$app_port" --gongkai.data-dir="$work/data" \
	--gongkai.search.searches-per-minute=1000000 --spring.profiles.active=postgres \
	"--spring.datasource.url=jdbc:postgresql://127.0.0.1:$pg_port/gongkai" --spring.datasource.username=gongkai \
	>"$work/rerun-app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
	curl -fs -o /dev/null "http://127.0.0.1:$app_port/actuator/health" && break
	kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/rerun-app.log"; exit 1; }
	sleep 0.5
done
log "saving the rendered pages for nginx"
rm -rf "$work/static" && mkdir -p "$work/static"
for kind in item column; do
	while read -r path; do
		mkdir -p "$work/static$(dirname "$path")"
		curl -fs -o "$work/static$path" "http://127.0.0.1:$app_port$path"
	done <"$work/$kind-paths.txt"
done
sed -e "s|@ROOT@|$work/static|" -e "s|@PORT@|$nginx_port|" -e "s|@WORK@|$work|g" bench/nginx.conf >"$work/nginx.conf"
"$nginx_bin" -c "$work/nginx.conf" -p "$work"
. bench/lib.sh
measure_pages
log "search latency"
java -cp "target/test-classes:target/classes:$(cat "$work/classpath")" org.gongkai.demo.SearchBenchClient \
	"http://127.0.0.1:$app_port" 1000 "jdbc:postgresql://127.0.0.1:$pg_port/gongkai" gongkai "" >"$work/search.out"
echo
echo "=== Gongkai bench re-run on $(grep -o 'loaded [0-9,]* publications' "$work/loader.out" || echo 'the last run'"'"'s data'), $(date -u '+%Y-%m-%d %H:%M UTC') ==="
echo "load average (1/5/15 min): $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
print_pages
echo
grep '^search' "$work/search.out" || true
