#!/usr/bin/env bash
# The S3-compatible object store of a local cluster: s3proxy with its filesystem blob store, run as a process of its
# own on 127.0.0.1 from its self-contained jar, which the project's ./mvnw fetches from Maven Central (the version is
# the pom's s3proxy.version). Point every node at it with the settings it prints.
#
#   deploy/object-store.sh start|stop|status
#
# Environment (defaults in brackets):
#   OBJECT_STORE_PORT        the port on 127.0.0.1 [9000]
#   OBJECT_STORE_DIR         its directory: objects under blobs/<bucket>/, its log, settings and pid [./data-object-store]
#   OBJECT_STORE_BUCKET      the bucket created at start [gongkai]
#   OBJECT_STORE_ACCESS_KEY  the access key the nodes sign with [gongkai]
#   OBJECT_STORE_SECRET_KEY  its secret key [a random one, generated at the first start and kept in the directory]
#
# Back it up with the database: the bucket's directory (blobs/<bucket>) holds every uploaded file.
set -euo pipefail
cd "$(dirname "$0")/.."
# s3proxy's filesystem store takes a directory or file that others may read for public-read: it lets anyone list and
# read without signing. Nothing it keeps is readable by others.
umask 077

port="${OBJECT_STORE_PORT:-9000}"
dir="${OBJECT_STORE_DIR:-./data-object-store}"
bucket="${OBJECT_STORE_BUCKET:-gongkai}"
access_key="${OBJECT_STORE_ACCESS_KEY:-gongkai}"
pid_file="$dir/s3proxy.pid"

running() { [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  if running; then
    echo "object store already running (pid $(cat "$pid_file"))"
    return 0
  fi
  mkdir -p "$dir/blobs/$bucket" "$dir/lib"
  chmod 700 "$dir" "$dir/blobs" "$dir/blobs/$bucket"
  dir="$(cd "$dir" && pwd)"
  pid_file="$dir/s3proxy.pid"
  local version jar secret
  version="$(sed -n 's:.*<s3proxy.version>\(.*\)</s3proxy.version>.*:\1:p' pom.xml | head -1)"
  jar="$dir/lib/s3proxy-$version-jar-with-dependencies.jar"
  if [[ ! -f "$jar" ]]; then
    ./mvnw -B -q dependency:copy -Dartifact="org.gaul:s3proxy:$version:jar:jar-with-dependencies" \
      -DoutputDirectory="$dir/lib"
  fi
  if [[ -n "${OBJECT_STORE_SECRET_KEY:-}" ]]; then
    secret="$OBJECT_STORE_SECRET_KEY"
  else
    if [[ ! -f "$dir/secret-key" ]]; then
      (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$dir/secret-key")
    fi
    secret="$(cat "$dir/secret-key")"
  fi
  (umask 077; cat > "$dir/s3proxy.properties" <<PROPERTIES
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$access_key
s3proxy.credential=$secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$dir/blobs
PROPERTIES
)
  nohup java -Xmx256m -jar "$jar" --properties "$dir/s3proxy.properties" >"$dir/s3proxy.log" 2>&1 &
  echo $! >"$pid_file"
  for _ in $(seq 1 120); do
    if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "object store on http://127.0.0.1:$port, bucket $bucket (objects in $dir/blobs/$bucket)"
      echo "nodes: --gongkai.storage.type=s3 --gongkai.storage.s3.endpoint=http://127.0.0.1:$port" \
        "--gongkai.storage.s3.bucket=$bucket --gongkai.storage.s3.access-key=$access_key" \
        "and GONGKAI_STORAGE_S3_SECRETKEY from $dir/secret-key (or OBJECT_STORE_SECRET_KEY)"
      return 0
    fi
    if ! running; then
      echo "object store did not start, see $dir/s3proxy.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "object store did not open port $port within a minute, see $dir/s3proxy.log" >&2
  exit 1
}

stop() {
  if running; then
    local pid
    pid="$(cat "$pid_file")"
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "object store stopped"
  else
    echo "object store not running"
  fi
  rm -f "$pid_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pid_file"), port $port)"; else echo "not running"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
