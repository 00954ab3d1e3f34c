# Shared by bench/run.sh and bench/rerun.sh (sourced, not run). Expects: connections, duration, app_port,
# nginx_port, work, app_pid, pg_data (empty for H2).

# CPU time (ms) the given processes have used so far, with that of their exited children (PostgreSQL's parallel
# workers come and go; the postmaster collects their time); a process gone meanwhile counts nothing
cpu_ms() {
	local ticks=0 pid stat
	for pid in "$@"; do
		stat="$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null || true)"
		[ -n "$stat" ] || continue
		ticks=$((ticks + $(echo "$stat" | awk '{ print $12 + $13 + $14 + $15 }')))
	done
	echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# wrk: rate (req/s), p50 and p99 latency (ms), non-2xx count, timeouts, and the server's CPU
# milliseconds per request (its user+system time during the run over the requests served: what
# a request costs, whatever else the machine is doing)
run_wrk() {
	local url="$1" paths="$2" out="$3" before after
	shift 3
	before="$(cpu_ms "$@")"
	wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency -s bench/paths.lua "$url" -- "$paths" >"$out"
	after="$(cpu_ms "$@")"
	awk -v cpu="$((after - before))" '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/Requests\/sec/ { rate = $2 }
		/requests in/ { requests = $1 }
		/^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
		/Non-2xx/ { errors = $NF }
		/timeout/ { timeouts = $NF }
		END { printf "%.0f %.2f %.2f %d %d %.2f\n", rate, p50, p99, errors, timeouts, (requests > 0) ? cpu / requests : 0 }' "$out"
}


# wrk against the application and against nginx for item pages and column lists; fills result[kind-app|nginx]
declare -A result
measure_pages() {
	local kind server_pids postmaster
	for kind in item column; do
		log "wrk warm-up of the application: $kind pages"
		wrk -t2 -c"$connections" -d10s --timeout 10s -s bench/paths.lua "http://127.0.0.1:$app_port" -- "$work/$kind-paths.txt" >/dev/null
		log "wrk $duration: app, $kind pages"
		server_pids=("$app_pid")
		if [ -n "$pg_data" ]; then
			# the database's CPU counts for the application (its backends live as long as the pool's connections)
			postmaster="$(head -1 "$pg_data/postmaster.pid")"
			server_pids+=("$postmaster" $(ps -o pid= --ppid "$postmaster"))
		fi
		result[$kind-app]="$(run_wrk "http://127.0.0.1:$app_port" "$work/$kind-paths.txt" "$work/wrk-$kind-app.txt" "${server_pids[@]}")"
		log "wrk $duration: nginx, $kind pages"
		result[$kind-nginx]="$(run_wrk "http://127.0.0.1:$nginx_port" "$work/$kind-paths.txt" "$work/wrk-$kind-nginx.txt" \
			"$(cat "$work/nginx.pid")" $(ps -o pid= --ppid "$(cat "$work/nginx.pid")"))"
	done
}

# the table of measure_pages' results
print_pages() {
	local kind ar a50 a99 aerr ato acpu nr n50 n99 nerr nto ncpu
	echo "wrk: 2 threads, $connections connections, $duration per run, 10 s timeout, same machine as the servers"
	echo "CPU/req: the server's user+system CPU milliseconds per request served during its run (the application's includes PostgreSQL's)"
	echo
	printf '%-7s %9s %9s %9s %7s %7s   %9s %9s %9s %7s   %9s %9s\n' "page" "app req/s" "app p50" "app p99" "errors" "CPU/req" \
		"nginx r/s" "nginx p50" "nginx p99" "CPU/req" "app/nginx" "CPU ratio"
	for kind in item column; do
		read -r ar a50 a99 aerr ato acpu <<<"${result[$kind-app]}"
		read -r nr n50 n99 nerr nto ncpu <<<"${result[$kind-nginx]}"
		printf '%-7s %9s %6s ms %6s ms %7s %4s ms   %9s %6s ms %6s ms %4s ms   %8s%% %8s%%\n' "$kind" "$ar" "$a50" "$a99" \
			"$((aerr + ato))" "$acpu" "$nr" "$n50" "$n99" "$ncpu" \
			"$(awk -v a="$ar" -v b="$nr" 'BEGIN { printf "%.1f", (b > 0) ? 100 * a / b : 0 }')" \
			"$(awk -v a="$acpu" -v b="$ncpu" 'BEGIN { printf "%.1f", (a > 0) ? 100 * b / a : 0 }')"
	done
	echo "(errors: non-2xx answers plus wrk timeouts; latency percentiles only count answered requests;"
	echo " CPU ratio: nginx CPU per request over the application's, i.e. app/nginx throughput on an otherwise idle machine)"
}

# The database of a bench run: PostgreSQL (a fresh cluster in $work/pg on port $pg_port) when BENCH_DB=postgres or,
# BENCH_DB unset, when its binaries are installed; else H2 in file mode in $work/data. With the argument "reuse",
# the database a finished run left in $work is started again instead (PostgreSQL if $work/pg exists). Expects work,
# pg_port and as_postgres; sets db, pg_bin, pg_data (empty for H2), jdbc, db_args, db_user, db_password and db_name.
start_database() {
	db="${BENCH_DB:-}"
	pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
	if [ "${1:-}" = reuse ]; then
		if [ -d "$work/pg" ]; then db=postgres; else db=h2; fi
	fi
	if [ -z "$db" ]; then
		if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then db=postgres; else db=h2; fi
	fi
	if [ "$db" = postgres ]; then
		pg_data="$work/pg"
		if [ "${1:-}" != reuse ]; then
			mkdir -p "$pg_data" && chown postgres "$pg_data" 2>/dev/null || true
			as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
		fi
		as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
			-o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=4GB" start >/dev/null
		if [ "${1:-}" != reuse ]; then
			psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE ROLE gongkai LOGIN" -c "CREATE DATABASE gongkai OWNER gongkai"
		fi
		jdbc="jdbc:postgresql://127.0.0.1:$pg_port/gongkai"
		db_args=(--spring.profiles.active=postgres "--spring.datasource.url=$jdbc" --spring.datasource.username=gongkai)
		db_user=gongkai
		db_password=""
		db_name="PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')"
	else
		jdbc="jdbc:h2:file:$work/data/db/gongkai"
		db_user=sa
		db_password=bench
		db_args=(--spring.datasource.username=$db_user --spring.datasource.password=$db_password)
		db_name="H2 (embedded file)"
	fi
}
