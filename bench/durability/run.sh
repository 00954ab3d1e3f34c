#!/usr/bin/env bash
# What durable commits cost: online applications per second through the JSON API, 16 connections,
# against the jar on
#   1. H2 as it was before (WRITE_DELAY=500: commits gathered for up to half a second, lost by a crash),
#   2. H2 as it is now (WRITE_DELAY=0, the embedded default: each commit written before the answer),
#   3. PostgreSQL (synchronous_commit on, its default), when its binaries are installed.
# Prints one table, the three side by side. Not part of ./mvnw verify.
#
# Usage: bench/durability/run.sh [DURATION]   (default 20s)
# Environment: BENCH_WORK (default /tmp/gongkai-durability-bench, wiped first), BENCH_PG_PORT (default 18493).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20s}"
work="${BENCH_WORK:-/tmp/gongkai-durability-bench}"
pg_port="${BENCH_PG_PORT:-18493}"
app_port=18094
county=11451227526018159G
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
pg_data=""
app_pid=""

as_postgres() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
	set +e
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
	[ -n "$pg_data" ] && as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
chmod 755 "$work"
echo "building the jar"
./mvnw -B -q -DskipTests package

# start_app NAME ARGS...: the jar with the demo county on its own data directory; waits until healthy
start_app() {
	local name="$1"
	shift
	java -Xmx1g -jar target/gongkai.jar --gongkai.demo=true --gongkai.data-dir="$work/$name" --server.port=$app_port \
		--gongkai.request.applications-per-minute=100000000 --gongkai.request.daily-cron=- \
		--logging.level.root=WARN "$@" >"$work/$name.log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 240); do
		curl -fs "http://127.0.0.1:$app_port/actuator/health" >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	echo "$name did not start (see $work/$name.log)" >&2
	exit 1
}
stop_app() {
	kill "$app_pid"
	wait "$app_pid" 2>/dev/null || true
	app_pid=""
}
# measure NAME: a warm-up, then the run; prints "rate p50 p99 non2xx"
measure() {
	local url="http://127.0.0.1:$app_port/api/v1/agencies/$county/requests"
	wrk -t2 -c16 -d5s --timeout 10s -s bench/durability/apply.lua "$url" >/dev/null
	wrk -t2 -c16 -d"$duration" --timeout 10s --latency -s bench/durability/apply.lua "$url" >"$work/wrk-$1.txt"
	awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/Requests\/sec/ { rate = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
		END { printf "%.0f %.2f %.2f %d\n", rate, p50, p99, errors }' "$work/wrk-$1.txt"
}

declare -A result
echo "H2, WRITE_DELAY=500 (before)"
start_app h2-delayed --spring.datasource.url="jdbc:h2:file:$work/h2-delayed/db/gongkai;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=500"
result[h2-delayed]="$(measure h2-delayed)"
stop_app
echo "H2, default (WRITE_DELAY=0)"
start_app h2
result[h2]="$(measure h2)"
stop_app
if [ -n "$pg_bin" ]; then
	echo "PostgreSQL"
	pg_data="$work/pg"
	mkdir -p "$pg_data" && chown postgres "$work" "$pg_data" 2>/dev/null || true
	as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
	as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -o "-p $pg_port -k /tmp" -l "$work/pg.log" start >/dev/null
	sleep 2
	"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE gongkai"
	start_app pg --spring.profiles.active=postgres \
		--spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/gongkai" --spring.datasource.username=postgres
	result[pg]="$(measure pg)"
	stop_app
fi

echo
echo "Online applications (POST /api/v1/agencies/{creditCode}/requests), wrk 2 threads, 16 connections, $duration, $(nproc) cores"
printf "%-34s %12s %9s %9s %8s\n" "database" "applications/s" "p50 ms" "p99 ms" "non-2xx"
for name in h2-delayed h2 pg; do
	[ -n "${result[$name]:-}" ] || continue
	read -r rate p50 p99 errors <<<"${result[$name]}"
	case "$name" in
		h2-delayed) label="H2, commits delayed 500 ms (before)" ;;
		h2) label="H2, each commit written (now)" ;;
		pg) label="PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')" ;;
	esac
	printf "%-34s %12s %9s %9s %8s\n" "$label" "$rate" "$p50" "$p99" "$errors"
done
