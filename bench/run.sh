#!/usr/bin/env bash
# Gongkai at scale, in one run: builds the jar, starts the application (PostgreSQL when its
# binaries are installed, else H2; own port, own data directory) in demo mode, writes N
# publications straight into the database (PublicationBenchLoader), restarts it and rebuilds the
# search index through its API (timed), then prints side by side:
#   - item page and column list throughput and latency (wrk) for the application and for nginx
#     serving the same rendered HTML as static files, with the ratio application/nginx;
#   - search latency p50/p95/p99 for two-term Chinese queries (GET /api/v1/publications?q=);
#   - the privacy scanner's MB/s next to grep -P (bench/scanner/run.sh).
# Not part of ./mvnw verify.
#
# Usage: bench/run.sh [N]     (default 1000000)
# Environment: BENCH_DB=postgres|h2 (default: postgres if installed), BENCH_DURATION (wrk, default
# 20s), BENCH_CONNECTIONS (default 16), BENCH_WORK (default /tmp/gongkai-bench, wiped first),
# BENCH_PORT (default 18480; nginx +1, PostgreSQL +2), BENCH_SCANNER_MB (default 50, 0 skips).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
n="${1:-1000000}"
duration="${BENCH_DURATION:-20s}"
connections="${BENCH_CONNECTIONS:-16}"
work="${BENCH_WORK:-/tmp/gongkai-bench}"
app_port="${BENCH_PORT:-18480}"
nginx_port=$((app_port + 1))
pg_port=$((app_port + 2))
app_pid=""
pg_data=""

as_postgres() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
	set +e
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
	[ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
	[ -n "$pg_data" ] && as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT

log() { echo "[$(date +%H:%M:%S)] $*"; }

for tool in wrk nginx curl; do
	if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
		log "installing $tool (Debian package)"
		if [ "$(id -u)" = 0 ]; then apt-get install -y -q "$tool" >/dev/null; else sudo apt-get install -y -q "$tool" >/dev/null; fi
	fi
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$work"
mkdir -p "$work/data" "$work/static" "$work/nginx-tmp"
chmod 755 "$work"

log "building"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
jar="$(ls target/gongkai*.jar | grep -v plain | head -1)"
cp="target/test-classes:target/classes:$(cat "$work/classpath")"

. bench/lib.sh
start_database
log "database: $db_name"

start_app() {
	local started
	started="$(date +%s.%N)"
	java -Xmx2g -jar "$jar" --server.port="$app_port" --gongkai.data-dir="$work/data" --gongkai.demo=true \
		--gongkai.search.searches-per-minute=1000000 "${db_args[@]}" "$@" >>"$work/app.log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 600); do
		if curl -fs -o /dev/null "http://127.0.0.1:$app_port/actuator/health"; then
			app_start_seconds="$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')"
			return
		fi
		if ! kill -0 "$app_pid" 2>/dev/null; then
			tail -50 "$work/app.log"
			echo "the application did not start" >&2
			exit 1
		fi
		sleep 0.5
	done
	echo "the application did not answer within 300 s" >&2
	exit 1
}

stop_app() {
	kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
	app_pid=""
}

log "first start (migrations, demo county, demo items)"
start_app
first_start="$app_start_seconds"
demo_load="$(sed -n 's/.*Published \([0-9]*\) demo items in \(.*\)$/\1 items in \2/p' "$work/app.log" | tail -1)"
log "up in ${first_start} s; demo publishing: ${demo_load:-none}"
stop_app

log "writing $n publications with SQL"
java -Xmx2g -cp "$cp" org.gongkai.demo.PublicationBenchLoader "$jdbc" "$db_user" "$db_password" "$n" "$work" \
	| tee "$work/loader.out"
if [ "$db" = postgres ]; then
	db_size="$(psql -qAt -h 127.0.0.1 -p "$pg_port" -U postgres -d gongkai -c "SELECT pg_size_pretty(pg_database_size('gongkai'))")"
else
	db_size="$(du -sh "$work/data/db" | cut -f1)"
fi

log "second start (the reindex API below rebuilds the search index, timed)"
start_app
second_start="$app_start_seconds"
log "up in ${second_start} s"
password="$(sed -n 's/^ *demo-sysadmin  *\([A-Za-z0-9]*\)$/\1/p' "$work/app.log" | tail -1)"
token="$(curl -fs -H 'Content-Type: application/json' \
	-d "{\"username\":\"demo-sysadmin\",\"password\":\"$password\"}" \
	"http://127.0.0.1:$app_port/api/v1/auth/token" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p' || true)"
reindex="not offered"
started="$(date +%s.%N)"
status="$(curl -s -o "$work/reindex.out" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
	--max-time 3600 "http://127.0.0.1:$app_port/api/v1/admin/search/reindex" || true)"
if [ "$status" != 404 ] && [ "$status" != 000 ]; then
	reindex="HTTP $status in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s: $(head -c 200 "$work/reindex.out")"
fi
log "reindex API: $reindex"

log "saving the rendered pages for nginx"
for kind in item column; do
	while read -r path; do
		mkdir -p "$work/static$(dirname "$path")"
		curl -fs -o "$work/static$path" "http://127.0.0.1:$app_port$path"
	done <"$work/$kind-paths.txt"
done
item_bytes="$(cat $(sed "s|^|$work/static|" "$work/item-paths.txt") | wc -c)"
column_bytes="$(cat $(sed "s|^|$work/static|" "$work/column-paths.txt") | wc -c)"
sed -e "s|@ROOT@|$work/static|" -e "s|@PORT@|$nginx_port|" -e "s|@WORK@|$work|g" bench/nginx.conf >"$work/nginx.conf"
"$nginx_bin" -c "$work/nginx.conf" -p "$work"

measure_pages

log "search latency"
java -cp "$cp" org.gongkai.demo.SearchBenchClient "http://127.0.0.1:$app_port" 1000 "$jdbc" "$db_user" "$db_password" | tee "$work/search.out"
stop_app
kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
rm -f "$work/nginx.pid"

scanner_mb="${BENCH_SCANNER_MB:-50}"
if [ "$scanner_mb" != 0 ]; then
	log "scanner against grep -P ($scanner_mb MB)"
	bench/scanner/run.sh "$scanner_mb" | tee "$work/scanner.out"
fi

echo
echo "=== Gongkai bench, $(date -u '+%Y-%m-%d %H:%M UTC') ==="
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "load average (1/5/15 min): $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "JDK: $(java -version 2>&1 | head -1); database: $db_name ($db_size); $(grep -o 'loaded .*' "$work/loader.out" || true)"
echo "publications in the database: $(grep -o 'loaded [0-9,]*' "$work/loader.out" | cut -d' ' -f2) loaded + the demo items; sample: $(wc -l <"$work/item-paths.txt") item pages ($((item_bytes / $(wc -l <"$work/item-paths.txt"))) bytes avg), $(wc -l <"$work/column-paths.txt") column lists ($((column_bytes / $(wc -l <"$work/column-paths.txt"))) bytes avg)"
echo "start-up: first (empty DB, demo) ${first_start} s, demo publishing ${demo_load:-none}; second (loaded) ${second_start} s; reindex API: $reindex"
print_pages
echo
grep '^search' "$work/search.out" || true
if [ "$scanner_mb" != 0 ]; then
	echo
	tail -3 "$work/scanner.out"
fi
