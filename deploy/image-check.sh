#!/usr/bin/env bash
# Proves that the built container image runs, on a machine with no container runtime: unpacks the `docker save`
# tarball Jib wrote (manifest.json, its layers in order, whiteouts honoured) into a root directory and starts the
# image's entrypoint there with the image's environment, user and working directory, the way deploy/k8s runs it:
# in mount and PID namespaces of its own (the network stays the host's), chrooted, its root file system read-only
# with a tmpfs on /tmp and a directory of its own on the data volume (the pod's two emptyDirs), no new privileges,
# and, where this machine lets a memory cgroup be made, the Deployment's memory limit. It waits for the site and
# the Actuator's health groups, checks the user, the time zone and the CJK fonts, prints the figures and stops.
#
#   deploy/image-check.sh [image.tar]        the image [target/gongkai-image.tar]
#
# Environment: GONGKAI_CHECK_PORT the site's port, the management port is the next one [18750];
# GONGKAI_CHECK_TIMEOUT seconds to wait for serving [300]; GONGKAI_CHECK_MEMORY a memory limit in bytes, or none
# [the limit of deploy/k8s/deployment.yaml]. Needs root (namespaces, chroot, mounts), tar, curl and jq (installed
# with apt-get when missing). The application's output is kept in target/image-check.log.
set -euo pipefail
cd "$(dirname "$0")/.."

image="${1:-target/gongkai-image.tar}"
port="${GONGKAI_CHECK_PORT:-18750}"
timeout="${GONGKAI_CHECK_TIMEOUT:-300}"
log=target/image-check.log

fail() {
  echo "FAILED: $*" >&2
  exit 1
}
[[ -f "$image" ]] || fail "no image at $image: build it with ./mvnw -B -Pimage -DskipTests package"
[[ "$(id -u)" == 0 ]] || fail "deploy/image-check.sh needs root (mount and PID namespaces, chroot)"
if ! command -v jq >/dev/null; then
  echo "Installing jq (Debian's package)" >&2
  apt-get -q update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -q -y install jq >/dev/null
fi
for tool in curl tar unshare chroot setpriv; do
  command -v "$tool" >/dev/null || fail "$tool is missing"
done

work="$(mktemp -d "$PWD/target/image-check.XXXXXX")"
root="$work/root"
data="$work/data"
cgroup=""
ns_pid=""
app_pid=""

# Stops the application (SIGTERM, as a runtime does, then SIGKILL after 30 s; the PID namespace ends with its first
# process), removes the memory cgroup and the unpacked image. The mounts were the namespace's alone.
cleanup() {
  local status=$?
  if [[ -n "$ns_pid" ]] && kill -0 "$ns_pid" 2>/dev/null; then
    local stopping=$SECONDS
    [[ -n "$app_pid" ]] && kill -TERM "$app_pid" 2>/dev/null || true
    for _ in $(seq 60); do
      kill -0 "$ns_pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$ns_pid" 2>/dev/null; then
      echo "The application did not stop within 30 s of SIGTERM: killed" >&2
      [[ -n "$app_pid" ]] && kill -KILL "$app_pid" 2>/dev/null || true
      kill -KILL "$ns_pid" 2>/dev/null || true
    else
      echo "Stopped $((SECONDS - stopping)) s after SIGTERM"
    fi
    wait "$ns_pid" 2>/dev/null || true
  fi
  if [[ -n "$cgroup" ]]; then
    rmdir "$cgroup" 2>/dev/null || echo "Could not remove the cgroup $cgroup" >&2
  fi
  [[ -f "$work/app.log" ]] && cp "$work/app.log" "$log"
  rm -rf --one-file-system "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mib() { echo $((($1 + 524288) / 1048576)); }

# --- unpack ---------------------------------------------------------------------------------------------------------
started=$SECONDS
mkdir -p "$work/image" "$root" "$data"
tar -xf "$image" -C "$work/image"
manifest="$work/image/manifest.json"
[[ -f "$manifest" ]] || fail "$image has no manifest.json (not in docker save format)"
config="$work/image/$(jq -r '.[0].Config' "$manifest")"
mapfile -t layers < <(jq -r '.[0].Layers[]' "$manifest")
echo "Image $image: $(mib "$(stat -c %s "$image")") MiB, ${#layers[@]} layers" \
  "($(jq -r '.architecture + "/" + .os' "$config"))"
# what each layer is: the history entries that made a layer, in the layers' order
mapfile -t made_by < <(jq -r '.history // [] | .[] | select(.empty_layer != true) | .comment // .created_by // "" |
  .[0:60]' "$config")
for i in "${!layers[@]}"; do
  layer="${layers[$i]}"
  file="$work/image/$layer"
  # Whiteouts (OCI image spec): .wh.NAME hides NAME of the layers below, .wh..wh..opq everything in its directory
  # that they put there; both are applied before the layer is extracted and are no files of the result.
  mapfile -t whiteouts < <(tar --warning=no-unknown-keyword -tf "$file" | sed 's|^\./||' | grep -E '(^|/)\.wh\.' || true)
  for entry in "${whiteouts[@]}"; do
    dir="$(dirname "$entry")"
    name="$(basename "$entry")"
    if [[ "$name" == .wh..wh..opq && -d "$root/$dir" ]]; then
      find "$root/$dir" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
    elif [[ "$name" != .wh..wh..opq ]]; then
      rm -rf "${root:?}/$dir/${name#.wh.}"
    fi
  done
  # (Jib's layers carry libarchive's creation times, which GNU tar does not know and need not)
  tar --warning=no-unknown-keyword -xf "$file" -C "$root" --numeric-owner --same-owner --same-permissions
  for entry in "${whiteouts[@]}"; do
    rm -f "${root:?}/$entry"
  done
  printf '  layer %d: %s MiB compressed, %s\n' "$((i + 1))" "$(mib "$(stat -c %s "$file")")" "${made_by[$i]:-?}"
done
unpacked_mib="$(du -sm "$root" | cut -f1)"
echo "Unpacked root: $unpacked_mib MiB ($((SECONDS - started)) s to unpack)"
if [[ -f target/base-image/debian-jre17.tar ]]; then
  echo "Base target/base-image/debian-jre17.tar: $(mib "$(stat -c %s target/base-image/debian-jre17.tar)") MiB"
fi

# --- the image's configuration --------------------------------------------------------------------------------------
mapfile -t command < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$config")
((${#command[@]} > 0)) || fail "the image names no entrypoint or command"
mapfile -t environment < <(jq -r '.config.Env // [] | .[]' "$config")
workdir="$(jq -r '.config.WorkingDir // "" | if . == "" then "/" else . end' "$config")"
user="$(jq -r '.config.User // ""' "$config")"
volumes="$(jq -r '.config.Volumes // {} | keys | join(" ")' "$config")"
exposed="$(jq -r '.config.ExposedPorts // {} | keys | join(" ")' "$config")"
echo "Entrypoint: ${command[*]}"
echo "User: ${user:-(none: root)}, working directory $workdir, ports $exposed, volumes ${volumes:-none}"

# user[:group], by number or by the image's own /etc/passwd and /etc/group
lookup() { awk -F: -v n="$2" '$1 == n { print $3; exit }' "$root/etc/$1" 2>/dev/null; }
uid="${user%%:*}"
gid=""
[[ "$user" == *:* ]] && gid="${user#*:}"
[[ -z "$uid" ]] && uid=0
[[ "$uid" =~ ^[0-9]+$ ]] || uid="$(lookup passwd "$uid")"
[[ -n "$uid" ]] || fail "the image's user $user is not in its /etc/passwd"
if [[ -z "$gid" ]]; then
  gid="$(awk -F: -v u="$uid" '$3 == u { print $4; exit }' "$root/etc/passwd" 2>/dev/null)"
  gid="${gid:-$uid}"
fi
[[ "$gid" =~ ^[0-9]+$ ]] || gid="$(lookup group "$gid")"
[[ -n "$gid" ]] || fail "the image's group in $user is not in its /etc/group"
((uid != 0)) || fail "the image runs as root (deploy/k8s requires runAsNonRoot)"
home="$(awk -F: -v u="$uid" '$3 == u { print $6; exit }' "$root/etc/passwd" 2>/dev/null)"

# The data directory: the image's volume (its GONGKAI_DATADIR), owned by the user as the pod's fsGroup makes it.
data_dir="$(printf '%s\n' "${environment[@]}" | sed -n 's/^GONGKAI_DATA_\{0,1\}DIR=//p' | tail -n 1)"
data_dir="${data_dir:-${volumes%% *}}"
[[ -n "$data_dir" ]] || fail "the image names no data directory (GONGKAI_DATADIR) nor a volume"
chown "$uid:$gid" "$data"
mkdir -p "$root$data_dir"

# CjkFonts sets letters and reports in these (its CANDIDATES); without one a PDF letter cannot be made.
fonts="$(find "$root/usr/share/fonts" -type f \( -iname 'NotoSerifCJK-Regular.ttc' -o -iname 'NotoSansCJK-Regular.ttc' \
  -o -iname 'wqy-zenhei.ttc' -o -iname 'wqy-microhei.ttc' \) 2>/dev/null | sed "s|^$root||" | sort | tr '\n' ' ')"
[[ -n "$fonts" ]] || fail "no CJK font under /usr/share/fonts (fonts-noto-cjk): PDF letters and reports would fail"
echo "CJK fonts: $fonts"

# The zone the image says (the JVM's -Duser.timezone, else TZ), which the log's time stamps must show.
zone="$(printf '%s\n' "${command[@]}" | sed -n 's/^-Duser\.timezone=//p' | tail -n 1)"
[[ -n "$zone" ]] || zone="$(printf '%s\n' "${environment[@]}" | sed -n 's/^TZ=//p' | tail -n 1)"
if [[ -L "$root/etc/localtime" ]]; then
  echo "System zone (/etc/localtime): $(readlink "$root/etc/localtime" | sed 's|.*/zoneinfo/||')"
fi

# --- ports, memory --------------------------------------------------------------------------------------------------
in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
while in_use "$port" || in_use "$((port + 1))"; do
  port=$((port + 2))
  ((port < ${GONGKAI_CHECK_PORT:-18750} + 40)) || fail "no two free ports from ${GONGKAI_CHECK_PORT:-18750} on"
done
management=$((port + 1))

memory="${GONGKAI_CHECK_MEMORY:-}"
if [[ -z "$memory" ]]; then
  limit="$(awk '/limits:/ { f = 1 } f && /memory:/ { print $2; exit }' deploy/k8s/deployment.yaml)"
  case "$limit" in
    *Mi) memory=$((${limit%Mi} * 1048576)) ;;
    *Gi) memory=$((${limit%Gi} * 1073741824)) ;;
    *) fail "cannot read the memory limit '$limit' of deploy/k8s/deployment.yaml" ;;
  esac
fi
# A memory cgroup of the check's own below this shell's (cgroup v1 or v2), which the JVM sizes its heap by
# (-XX:MaxRAMPercentage). Where this machine does not allow one, the run has the machine's memory.
if [[ "$memory" != none ]]; then
  if [[ -f /sys/fs/cgroup/cgroup.controllers ]]; then
    cgroup="/sys/fs/cgroup$(awk -F: '$1 == "0" { print $3 }' /proc/self/cgroup)/gongkai-check-$$"
    limit_file=memory.max
  else
    cgroup="/sys/fs/cgroup/memory$(awk -F: '$2 == "memory" { print $3 }' /proc/self/cgroup)/gongkai-check-$$"
    limit_file=memory.limit_in_bytes
  fi
  if mkdir "$cgroup" 2>/dev/null && echo "$memory" >"$cgroup/$limit_file" 2>/dev/null; then
    echo "Memory limit: $(mib "$memory") MiB (cgroup $cgroup)"
  else
    rmdir "$cgroup" 2>/dev/null || true
    cgroup=""
    echo "Memory limit: none (no memory cgroup can be made here): the JVM sizes its heap by the machine's memory"
  fi
fi

# --- run ------------------------------------------------------------------------------------------------------------
# What a runtime adds to the image's environment (HOME from the user's entry), then what the check sets: the ports
# (management on a port of its own, as the ConfigMap has it) and a fresh audit key, as the Secret gives one. Without
# GONGKAI_AUDIT_KEY the application writes its key file beside the data directory (/var/lib/gongkai-audit.key),
# which the read-only root refuses, as /var/lib refuses the image's user anyway.
run_env=("${environment[@]}" "HOME=${home:-/}" "HOSTNAME=$(hostname)" "SERVER_PORT=$port"
  "MANAGEMENT_SERVER_PORT=$management" "GONGKAI_AUDIT_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')")
printf '%s\0' "${run_env[@]}" >"$work/env"
printf '%s\0' "${command[@]}" >"$work/command"

# Run inside the new namespaces as their first process: the container's file system, then the entrypoint, exec'd,
# so that it is PID 1 as in a container.
inside() {
  set -euo pipefail
  local root="$1" data="$2" data_dir="$3" workdir="$4" uid="$5" gid="$6" work="$7"
  mount --bind "$root" "$root" # a mount of its own, so that it can be made read-only below
  mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
  mount --rbind /sys "$root/sys"
  mount -t tmpfs -o nosuid,mode=755 tmpfs "$root/dev"
  local device
  for device in null zero full random urandom tty; do
    touch "$root/dev/$device"
    mount --bind "/dev/$device" "$root/dev/$device"
  done
  mkdir "$root/dev/shm" "$root/dev/pts"
  mount -t tmpfs -o nosuid,nodev,mode=1777 shm "$root/dev/shm"
  ln -s /proc/self/fd "$root/dev/fd"
  mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs "$root/tmp"
  mount --bind "$data" "$root$data_dir"
  # the runtime's name resolution files, as Docker and the kubelet mount them
  local file
  for file in resolv.conf hosts; do
    [[ -e "$root/etc/$file" ]] || touch "$root/etc/$file"
    mount --bind "/etc/$file" "$root/etc/$file"
  done
  mount -o remount,bind,ro "$root"
  mapfile -d '' -t run_env <"$work/env"
  mapfile -d '' -t command <"$work/command"
  # chroot and working directory (unshare --root/--wd), the image's user with no other groups, no new privileges
  exec env -i "${run_env[@]}" setpriv --no-new-privs -- \
    unshare --root="$root" --wd="$workdir" --setgid="$gid" --setuid="$uid" -- "${command[@]}"
}

echo "Starting the image's entrypoint as $uid:$gid, read-only root, site on :$port, management on :$management" \
  "(load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores)"
launched="$(date +%s.%N)"
(
  [[ -n "$cgroup" ]] && echo "$BASHPID" >"$cgroup/cgroup.procs"
  exec unshare --mount --pid --fork --mount-proc --kill-child -- \
    bash -c "$(declare -f inside); inside \"\$@\"" inside "$root" "$data" "$data_dir" "$workdir" "$uid" "$gid" "$work"
) >"$work/app.log" 2>&1 &
ns_pid=$!
for _ in $(seq 100); do
  app_pid="$(cat "/proc/$ns_pid/task/$ns_pid/children" 2>/dev/null | awk '{ print $1 }')" || true
  [[ -n "$app_pid" ]] && break
  sleep 0.1
done
[[ -n "$app_pid" ]] || fail "the namespace's first process did not start: $(tail -n 20 "$work/app.log")"

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true; }
health_of() { curl -s --max-time 5 "$1" | jq -r '.status // empty' 2>/dev/null || true; }
serving=""
while true; do
  if ! kill -0 "$ns_pid" 2>/dev/null; then
    tail -n 40 "$work/app.log" >&2
    fail "the application exited before serving (output above, all of it in $log)"
  fi
  if [[ "$(health_of "http://127.0.0.1:$management/actuator/health")" == UP &&
    "$(status_of "http://127.0.0.1:$port/")" == 200 ]]; then
    serving="$(date +%s.%N)"
    break
  fi
  if (($(date +%s) - ${launched%.*} > timeout)); then
    tail -n 40 "$work/app.log" >&2
    fail "not serving after $timeout s (output above, all of it in $log)"
  fi
  sleep 0.5
done
seconds="$(awk -v a="$launched" -v b="$serving" 'BEGIN { printf "%.1f", b - a }')"
echo "Serving after $seconds s: / answers 200, /actuator/health UP"

# --- checks ---------------------------------------------------------------------------------------------------------
for group in liveness readiness; do
  state="$(health_of "http://127.0.0.1:$management/actuator/health/$group")"
  [[ "$state" == UP ]] || fail "/actuator/health/$group on the management port answers '${state:-nothing}'"
done
echo "Probes of deploy/k8s: /actuator/health/liveness and /readiness UP on the management port"

read -r _ real_uid _ < <(grep '^Uid:' "/proc/$app_pid/status")
read -r _ real_gid _ < <(grep '^Gid:' "/proc/$app_pid/status")
((real_uid == uid && real_gid == gid)) || fail "the application runs as $real_uid:$real_gid, not $uid:$gid"
((real_uid != 0)) || fail "the application runs as root"
supplementary="$(awk '/^Groups:/ { $1 = ""; print }' "/proc/$app_pid/status" | xargs)"
[[ -z "$supplementary" || "$supplementary" == "$gid" ]] || fail "the application has the groups $supplementary"
grep -q '^NoNewPrivs:[[:space:]]*1' "/proc/$app_pid/status" || fail "no_new_privs is not set"
echo "User: $real_uid:$real_gid (not root), no new privileges, PID $(awk '/^NSpid:/ { print $NF }' \
  "/proc/$app_pid/status") in its namespace"

awk '$5 == "/" { print $6 }' "/proc/$app_pid/mountinfo" | grep -q '^ro' || fail "the root file system is not read-only"
echo "Root file system read-only; written: $data_dir ($(ls -A "$data" | tr '\n' ' ')), /tmp ($(ls -A \
  "/proc/$app_pid/root/tmp" | tr '\n' ' '))"

if [[ -n "$zone" ]]; then
  offset="$(TZ="$zone" date +%:z)"
  stamp="$(grep -m 1 -oE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+([+-][0-9]{2}:[0-9]{2}|Z)' "$work/app.log" || true)"
  [[ "$stamp" == *"$offset" ]] || fail "the log's time stamps ('$stamp') are not in $zone ($offset)"
  echo "Time zone: $zone, the log's time stamps end in $offset ($stamp)"
fi

rss_kib="$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")"
# the heap's pools as the JVM reports them (127.0.0.1 may read the metrics): their maximum, and by their names the
# collector the JVM chose for this memory and these cores
metrics="$(curl -s --max-time 5 "http://127.0.0.1:$management/actuator/prometheus" || true)"
heap="$(awk '/^jvm_memory_max_bytes\{.*area="heap"/ && $NF > 0 { sum += $NF } END { if (sum) print int(sum) }' \
  <<<"$metrics")"
pools="$(grep '^jvm_memory_max_bytes{.*area="heap"' <<<"$metrics" | sed 's/.*id="\([^"]*\)".*/\1/' | paste -sd, - || true)"
echo "RSS when serving: $((rss_kib / 1024)) MiB${heap:+; maximum heap $(mib "$heap") MiB ($pools)}"

echo
echo "image-check passed: image $(mib "$(stat -c %s "$image")") MiB (unpacked $unpacked_mib MiB), serving after" \
  "$seconds s, RSS $((rss_kib / 1024)) MiB; output in $log"
