#!/usr/bin/env bash
# Search latency again on the database and index that the last bench/run.sh left in its work directory
# (PostgreSQL only): builds the jar, starts the database and the application on them, runs SearchBenchClient
# (two-term Chinese queries, one at a time, after 200 warm-ups) and prints p50/p95/p99. For measuring a change
# to search without loading and indexing a million items again.
#
# Usage: bench/search.sh [QUERIES]   (default 1000; BENCH_WORK and BENCH_PORT as for bench/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
queries="${1:-1000}"
work="${BENCH_WORK:-/tmp/gongkai-bench}"
app_port="${BENCH_PORT:-18480}"
pg_port=$((app_port + 2))
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
[ -d "$work/pg" ] && [ -d "$work/data/index" ] || { echo "no database and index in $work: run bench/run.sh first" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
app_pid=""
cleanup() {
	set +e
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
	as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
jar="$(ls target/gongkai*.jar | grep -v plain | head -1)"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
	-o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" start >/dev/null
java -Xmx2g -jar "$jar" --server.port="$app_port" --gongkai.data-dir="$work/data" \
	--gongkai.search.searches-per-minute=1000000 --spring.profiles.active=postgres \
	"--spring.datasource.url=jdbc:postgresql://127.0.0.1:$pg_port/gongkai" --spring.datasource.username=gongkai \
	>"$work/search-app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
	curl -fs -o /dev/null "http://127.0.0.1:$app_port/actuator/health" && break
	kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/search-app.log"; exit 1; }
	sleep 0.5
done
echo "=== search on $(grep -o 'loaded [0-9,]* publications' "$work/loader.out" || echo 'the bench data'), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg) ==="
java -cp "target/test-classes:target/classes:$(cat "$work/classpath")" org.gongkai.demo.SearchBenchClient \
	"http://127.0.0.1:$app_port" "$queries"
