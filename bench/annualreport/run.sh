#!/usr/bin/env bash
# Annual-report generation time at scale: starts the application (H2 by default, PostgreSQL with
# BENCH_DB=postgres when its binaries are installed) on its own data directory and port, writes one
# agency with N cases and a county with A agencies of C cases each by plain SQL (AnnualReportBench),
# and prints the median and worst time of the report view and tables of the big agency and of the
# county roll-up. Goals (issue 5): <= 300 ms for one agency with 100,000 cases, <= 2 s for a roll-up of
# 500 agencies. Not part of ./mvnw verify.
#
# Usage: bench/annualreport/run.sh [N] [A] [C] [RUNS]   (defaults 100000 500 200 20)
# Environment: BENCH_WORK (default /tmp/gongkai-annualreport-bench, wiped first), BENCH_DB=h2|postgres,
# BENCH_PORT (PostgreSQL port, default 18492).
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
agencies="${2:-500}"
per="${3:-200}"
runs="${4:-20}"
work="${BENCH_WORK:-/tmp/gongkai-annualreport-bench}"
pg_port="${BENCH_PORT:-18492}"
pg_data=""
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"

as_postgres() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
	set +e
	[ -n "$pg_data" ] && as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1
}
trap cleanup EXIT

rm -rf "$work"
mkdir -p "$work/data"
chmod 755 "$work"
echo "building"
./mvnw -B -q test-compile -Dspotless.skip
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
cp="target/test-classes:target/classes:$(cat "$work/classpath")"

db_args=()
db_name="H2 (file)"
if [ "${BENCH_DB:-h2}" = postgres ] && [ -n "$pg_bin" ]; then
	pg_data="$work/pg"
	mkdir -p "$pg_data" && chown postgres "$pg_data" 2>/dev/null || true
	as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
	as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
		-o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1" start >/dev/null
	psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE ROLE gongkai LOGIN" -c "CREATE DATABASE gongkai OWNER gongkai"
	db_args=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$pg_port/gongkai"
		--spring.datasource.username=gongkai)
	db_name="PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')"
fi
echo "database: $db_name; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$cp" org.gongkai.annualreport.AnnualReportBench "$n" "$agencies" "$per" "$runs" -- \
	"--gongkai.data-dir=$work/data" --server.port=0 --logging.level.root=WARN "${db_args[@]}"
