#!/usr/bin/env bash
# Starts one Gongkai node the way a server should run it: from the jar extracted beside it (the layout class-data
# sharing needs), with a class-data archive made for this very jar, a bounded heap and the serial collector, so that
# the node serves in a few seconds and stays small when idle (figures in BENCHMARKS.md, "Start-up and memory").
#
#   deploy/node.sh [application arguments…]      e.g. deploy/node.sh --gongkai.demo=true --server.port=8080
#
# Java 25 or later: the AOT cache (JEP 483/514: classes loaded and linked, profiles); Java 17–24: a dynamic AppCDS
# archive. Either is made once per jar (by its SHA-256) by a training run that starts the application on a
# throw-away data directory and stops as soon as its context is refreshed (spring.context.exit=onRefresh: no
# request served, no runner run); a start after the jar changed makes a new one. Everything else about the node
# (database, search engine, object store, settings) comes from the arguments and the environment as with java -jar.
#
# Environment (defaults in brackets):
#   GONGKAI_JAR        the jar [target/gongkai.jar]
#   GONGKAI_RUN_DIR    where the jar is extracted and the archive kept [target/node]
#   JAVA               the java command [java]
#   GONGKAI_HEAP       the maximum heap [256m]
#   GONGKAI_JAVA_OPTS  more JVM options, used in training and in the run alike
#   GONGKAI_NO_ARCHIVE 1: run without an archive (for comparison)
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${GONGKAI_JAR:-target/gongkai.jar}"
run="$(realpath -m "${GONGKAI_RUN_DIR:-target/node}")"
java="${JAVA:-java}"
[[ -f "$jar" ]] || { echo "No jar at $jar: build it with ./mvnw -B -DskipTests package" >&2; exit 1; }

# The serial collector, a bounded heap, thread stacks of 512 KiB and the client compiler (C1) alone: a node of a
# township's or county's site idles most of the day and serves most pages from its page cache, so a small footprint
# and a quick start matter more than C2's peak speed (BENCHMARKS.md has both). The heap starts at 96m and is given
# back after a collection when more than 40 % of it is free, and the young generation stays within 32m: what
# a page allocates dies young, and an eden of the default third of the heap is memory the idle node keeps touched for
# nothing. A later option wins, so GONGKAI_JAVA_OPTS="-XX:TieredStopAtLevel=4 -XX:ReservedCodeCacheSize=240m" brings
# C2 back and GONGKAI_JAVA_OPTS=-XX:MaxNewSize=128m a larger young generation for a busy node.
read -r -a options <<<"-XX:+UseSerialGC -Xms96m -Xmx${GONGKAI_HEAP:-256m} -XX:MaxNewSize=32m \
-XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m"

# What a start asks of the JVM and the jar is remembered in the run directory, keyed by the files' identity (path,
# size, modification time): a probe of the JVM costs a JVM start, and a digest of the jar a read of 70 MB, each a few
# tenths of a second of every start.
mkdir -p "$run"
identity() { stat -L -c '%n %s %Y' "$1"; }
# the JVM's version, and whether it gives the native memory it frees back to the system (17.0.9 and later): glibc
# keeps what class parsing, compilation and zip inflation freed in its arenas otherwise; every 5 s
java_path="$(command -v "$java")"
probe="$run/java-$(identity "$java_path" | sha256sum | cut -c1-16)"
if [[ ! -f "$probe" ]]; then
  if settings="$("$java" -XX:TrimNativeHeapInterval=5000 -XshowSettings:properties -version 2>&1)"; then
    trim=1
  else
    trim=0
    settings="$("$java" -XshowSettings:properties -version 2>&1)"
  fi
  echo "$(sed -n 's/^ *java.specification.version = //p' <<<"$settings") $trim" >"$probe"
fi
read -r major trim <"$probe"
((trim)) && options+=(-XX:TrimNativeHeapInterval=5000)
read -r -a extra <<<"${GONGKAI_JAVA_OPTS:-}"
options+=("${extra[@]}")

# one archive per jar and JVM options (an archive is refused by a JVM started with other options)
jar_known="$run/jar-$(identity "$(realpath "$jar")" | sha256sum | cut -c1-16)"
[[ -f "$jar_known" ]] || sha256sum "$jar" | cut -d' ' -f1 >"$jar_known"
jar_sha="$(cat "$jar_known")"
jar_digest="${jar_sha:0:16}"
digest="$( (echo "$jar_sha"; echo "${options[*]}") | sha256sum | cut -c1-16)"
if ((major >= 25)); then
  archive="$run/gongkai-$digest-java$major.aot"
  use=("-XX:AOTCache=$archive")
  train=("-XX:AOTCacheOutput=$archive")
else
  archive="$run/gongkai-$digest-java$major.jsa"
  use=("-XX:SharedArchiveFile=$archive")
  train=("-XX:ArchiveClassesAtExit=$archive")
fi

if [[ ! -f "$run/$jar_digest.extracted" ]]; then
  # a new jar: its extraction and archives replace the old one's (the probe and digest files stay)
  rm -rf "$run/app" "$run"/*.extracted "$run"/gongkai-*.jsa "$run"/gongkai-*.aot
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$run/app" >&2
  touch "$run/$jar_digest.extracted"
fi

if [[ "${GONGKAI_NO_ARCHIVE:-0}" == 1 ]]; then
  use=()
elif [[ ! -f "$archive" ]]; then
  echo "Training the class-data archive for this jar (once): $archive" >&2
  scratch="$(mktemp -d)"
  # the training run must not touch the node's data: its own data directory, no demo, no port of the node's, and
  # none of the node's settings: the environment is emptied but for what finds java, so a SPRING_DATASOURCE_URL,
  # GONGKAI_SEARCH_BACKEND or GONGKAI_CLUSTER_ENABLED meant for the node (configuration by environment, as the
  # Kubernetes manifests do) never points it at the node's database, search engine or cluster
  env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG="${LANG:-C.UTF-8}" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
    ${JAVA_TOOL_OPTIONS:+JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS"} \
    "$java" "${options[@]}" "${train[@]}" -Dspring.context.exit=onRefresh -jar "$run/app/gongkai.jar" \
    "--gongkai.data-dir=$scratch/data" --server.port=0 --gongkai.demo=false >"$run/training.log" 2>&1 \
    || { echo "Training failed (see $run/training.log); starting without the archive" >&2; use=(); }
  rm -rf "$scratch"
fi

# the working directory stays the caller's: a relative data directory (the default ./data) means the same as with
# java -jar
exec "$java" "${options[@]}" "${use[@]}" -jar "$run/app/gongkai.jar" "$@"
