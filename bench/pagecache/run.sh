#!/usr/bin/env bash
# The public page cache while applications arrive (issue 14): starts the jar with the demo county (2,000 item pages,
# H2), walks every item page one after the other on BENCH_THREADS threads with PageCacheBenchClient (first with no
# writes, then while BENCH_WRITES applications a second arrive through the API) and prints both walks side by side.
# With BENCH_BASELINE=<git revision> the same runs follow for that revision's jar (built from `git archive`), e.g.
# the commit before the cache forgot only what changed.
#
# Usage: bench/pagecache/run.sh [SECONDS]
# Environment: BENCH_PORT (18602), BENCH_WORK (/tmp/pagecache-bench), BENCH_THREADS (16), BENCH_WRITES (2),
#              BENCH_BASELINE (none), BENCH_SKIP_BUILD=1 (use target/gongkai.jar and an earlier baseline jar as they are)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
port="${BENCH_PORT:-18602}"
work="${BENCH_WORK:-/tmp/pagecache-bench}"
threads="${BENCH_THREADS:-16}"
writes="${BENCH_WRITES:-2}"
app_pid=""
cleanup() {
	set +e
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
}
trap cleanup EXIT
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
mkdir -p "$work"
rm -rf "$work"/data-* "$work"/*.out
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
	log "building the jar"
	./mvnw -B -o -q -DskipTests package
fi
./mvnw -B -o -q test-compile
cp target/gongkai.jar "$work/current.jar"
if [ -n "${BENCH_BASELINE:-}" ] && ! { [ -n "${BENCH_SKIP_BUILD:-}" ] && [ -f "$work/baseline.jar" ]; }; then
	log "building $BENCH_BASELINE"
	rm -rf "$work/baseline-src" && mkdir -p "$work/baseline-src"
	git archive "$BENCH_BASELINE" | tar -x -C "$work/baseline-src"
	(cd "$work/baseline-src" && ./mvnw -B -o -q -DskipTests -Djacoco.skip=true package)
	cp "$work/baseline-src/target/gongkai.jar" "$work/baseline.jar"
fi

# run NAME: start that jar with the demo county, wait for its 2,000 items, walk, stop
run() {
	local name="$1" base="http://127.0.0.1:$port"
	java -Xmx1g -jar "$work/$name.jar" --gongkai.demo=true --gongkai.data-dir="$work/data-$name" --server.port="$port" \
		--gongkai.request.applications-per-minute=100000000 --gongkai.request.daily-cron=- \
		--logging.level.root=WARN >"$work/$name.log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 1200); do
		curl -fs "$base/sitemap.xml" -o "$work/sitemap.xml" 2>/dev/null \
			&& [ "$(grep -o '/publications/[0-9]*<' "$work/sitemap.xml" | wc -l)" -ge 2000 ] && break
		kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/$name.log" >&2; exit 1; }
		sleep 1
	done
	grep -o '<loc>[^<]*/publications/[0-9]*</loc>' "$work/sitemap.xml" | sed -e 's|<loc>https\?://[^/]*||' -e 's|</loc>||' \
		>"$work/item-paths.txt"
	grep -o '/agencies/[0-9A-Z]\{18\}' "$work/sitemap.xml" | sort -u | sed 's|/agencies/||' >"$work/agencies.txt"
	log "$name: $(wc -l <"$work/item-paths.txt") item pages, $(wc -l <"$work/agencies.txt") agencies"
	java -cp target/test-classes org.gongkai.platform.bench.PageCacheBenchClient "$base" "$work/item-paths.txt" \
		"$work/agencies.txt" "$seconds" "$threads" "$writes" >"$work/$name.out"
	kill "$app_pid"
	wait "$app_pid" 2>/dev/null || true
	app_pid=""
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
run current
[ -n "${BENCH_BASELINE:-}" ] && run baseline
echo "=== page cache under writes, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD) ==="
echo "load average (1/5/15 min): $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
for name in current baseline; do
	[ -f "$work/$name.out" ] || continue
	echo "--- $name$([ "$name" = baseline ] && echo " ($BENCH_BASELINE)")"
	cat "$work/$name.out"
done
