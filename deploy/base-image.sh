#!/usr/bin/env bash
# The container image's base built here from Debian's packages, for machines that reach Debian's archive but no
# container registry: Debian 12 (bookworm, minbase) with its security updates, OpenJDK 17's JRE, the CA
# certificates, tzdata, the CJK fonts letters and reports are set in (CjkFonts looks for fonts-noto-cjk under
# /usr/share/fonts; eclipse-temurin has none) and the user gongkai (uid/gid 10001, the image's user), written as a
# `docker save` tarball that Jib takes as its base (tar:///…, docs/operations.md "The container image") and
# `docker load` takes as it is.
#
#   deploy/base-image.sh       → target/base-image/debian-jre17.tar (+ .packages: every package and version)
#
# The tarball is kept while this script is unchanged (its SHA-256 is in target/base-image/debian-jre17.stamp);
# GONGKAI_BASE_REBUILD=1 rebuilds it anyway, to take Debian's newest security updates.
# Needs a Debian or Ubuntu machine, root (debootstrap, chroot, files owned by root and by 10001) and about 1.2 GB
# of disk while it works; installs debootstrap with apt-get when missing. DEBIAN_MIRROR: another Debian mirror
# (default: debootstrap's own); DEBIAN_SECURITY_MIRROR: the security archive (default: the mirror's sibling).
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/base-image
tarball="$out/debian-jre17.tar"
stamp="$out/debian-jre17.stamp"
suite=bookworm
# What the platform needs at run time beyond minbase. --no-install-recommends keeps out what these merely suggest.
packages=(openjdk-17-jre-headless ca-certificates tzdata fonts-noto-cjk)

# --- inside a mount namespace of its own (see below): every mount made here vanishes with it ----------------------
if [[ "${1:-}" == --in-namespace ]]; then
  root="$2"
  info="$3"
  export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
  unset TZ
  debootstrap --variant=minbase --components=main "$suite" "$root" ${DEBIAN_MIRROR:+"$DEBIAN_MIRROR"} \
    >"$info/debootstrap.log" 2>&1 || { tail -n 30 "$info/debootstrap.log" >&2; exit 1; }

  # debootstrap takes the release alone; its updates and security updates come from the same archive
  # (deb.debian.org's layout: .../debian and .../debian-security), so the JRE is the patched one.
  uri="$(awk '$1 == "deb" { print $2; exit }' "$root/etc/apt/sources.list")"
  cat >"$root/etc/apt/sources.list" <<EOF
deb $uri $suite main
deb $uri $suite-updates main
deb ${DEBIAN_SECURITY_MIRROR:-${uri%/debian}/debian-security} $suite-security main
EOF
  # apt in the chroot resolves the archive's name with the host's resolver (the file goes again below: the
  # runtime provides its own)
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  chroot_apt() {
    chroot "$root" apt-get -q -y "$@" >>"$info/apt.log" 2>&1 || { tail -n 30 "$info/apt.log" >&2; exit 1; }
  }
  chroot_apt update
  chroot_apt upgrade
  chroot_apt install --no-install-recommends "${packages[@]}"
  chroot "$root" java -version 2>&1 | sed 's/^/  /'
  # the newest Date of the archive's release files: the image's date, and the clamp for its files' mtimes, so two
  # builds from the same archive state differ only in the files the package scripts wrote
  for release in "$root"/var/lib/apt/lists/*_InRelease; do
    date -d "$(sed -n 's/^Date: //p' "$release")" +%s
  done | sort -n | tail -n 1 >"$info/epoch"
  chroot "$root" dpkg-query -W -f '${Package} ${Version}\n' >"$info/packages"
  readlink -f "$root/usr/bin/java" | sed "s|^$root||; s|/bin/java$||" >"$info/java-home"

  # the image's user (deploy/k8s runs it as 10001:10001 too) and its data directory, owned by it so that a plain
  # `docker run` (whose new volume copies the directory as the image has it) can write there as well as a pod
  chroot "$root" groupadd --gid 10001 gongkai
  chroot "$root" useradd --uid 10001 --gid 10001 --home-dir /var/lib/gongkai --no-create-home \
    --shell /usr/sbin/nologin --no-log-init gongkai
  install -d -o 10001 -g 10001 -m 0750 "$root/var/lib/gongkai"
  # the platform's zone (gongkai.zone's default; Jib's entrypoint also sets -Duser.timezone) for the system too
  ln -sf /usr/share/zoneinfo/Asia/Shanghai "$root/etc/localtime"
  echo Asia/Shanghai >"$root/etc/timezone"

  # "localhost" from a file where the runtime provides no /etc/hosts of its own
  printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"

  chroot_apt clean
  umount -R "$root/dev"
  umount "$root/proc"
  exit 0
fi

# --- outside --------------------------------------------------------------------------------------------------------
digest="$(sha256sum deploy/base-image.sh | cut -d' ' -f1)"
if [[ -f "$tarball" && -f "$stamp" && "$(cat "$stamp")" == "$digest" && "${GONGKAI_BASE_REBUILD:-0}" != 1 ]]; then
  echo "Base image up to date: $tarball ($(du -m "$tarball" | cut -f1) MiB; GONGKAI_BASE_REBUILD=1 rebuilds it)"
  exit 0
fi
[[ "$(id -u)" == 0 ]] || { echo "deploy/base-image.sh needs root (debootstrap, chroot, file owners)" >&2; exit 1; }
if ! command -v debootstrap >/dev/null; then
  echo "Installing debootstrap (Debian's package)" >&2
  apt-get -q update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -q -y install debootstrap >/dev/null
fi

# debootstrap builds for the machine's own architecture, which the image's config must name
case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
  *) echo "Unsupported architecture $(uname -m): amd64 or arm64" >&2; exit 1 ;;
esac

mkdir -p "$out"
work="$(mktemp -d "$PWD/$out/work.XXXXXX")"
# The mounts were the namespace's alone and went with it, so the tree holds plain files only; --one-file-system
# all the same, should anything have been mounted below it from outside.
trap 'rm -rf --one-file-system "$work"' EXIT
root="$work/rootfs"
info="$work/info"
mkdir -p "$root" "$info"
started=$SECONDS
echo "Building the base image from Debian $suite (minbase + ${packages[*]}): a minute or more" >&2
unshare --mount --propagation private --kill-child -- "$PWD/deploy/base-image.sh" --in-namespace "$root" "$info"

# Trimmed: what a running JVM never reads. Copyright files stay (they are the packages' licences, which go with
# the binaries), so do dpkg's records (scanners read them) and apt (an image FROM this one can add packages).
(
  cd "$root"
  rm -rf var/lib/apt/lists/* var/cache/apt/*.bin var/cache/debconf/*-old var/lib/dpkg/*-old var/cache/ldconfig/aux-cache
  find var/log -type f -delete
  rm -rf usr/share/man/* usr/share/info/* usr/share/lintian usr/share/linda
  find usr/share/locale -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
  find usr/share/doc -mindepth 2 ! -type d ! -name copyright -delete
  find usr/share/doc -mindepth 1 -depth -type d -empty -delete
  # the build machine's own: the container runtime provides them
  rm -f etc/resolv.conf etc/hostname
  rm -rf dev/* proc/* sys/* run/* tmp/* var/tmp/* root/.bash_history
)
# packages added later (an image FROM this one) leave out the same
cat >"$root/etc/dpkg/dpkg.cfg.d/01-gongkai-slim" <<'EOF'
# deploy/base-image.sh: documentation, manual pages and translations are not installed (copyright files are)
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF

# One layer, its entries sorted and without a leading ./, owners by number, mtimes no later than the archive's date.
epoch="$(cat "$info/epoch")"
created="$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)"
java_home="$(cat "$info/java-home")"
mkdir -p "$work/image"
(cd "$root" && find . -mindepth 1 -printf '%P\0' | LC_ALL=C sort -z) |
  tar -C "$root" --null --no-recursion -T - --numeric-owner --format=posix \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    --mtime="@$epoch" --clamp-mtime -cf "$work/layer.tar"
layer_id="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
mkdir "$work/image/$layer_id"
mv "$work/layer.tar" "$work/image/$layer_id/layer.tar"

cat >"$work/config.json" <<EOF
{
  "architecture": "$arch",
  "os": "linux",
  "created": "$created",
  "config": {
    "Env": [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=$java_home",
      "LANG=C.UTF-8"
    ],
    "Cmd": ["/bin/bash"]
  },
  "rootfs": { "type": "layers", "diff_ids": ["sha256:$layer_id"] },
  "history": [
    {
      "created": "$created",
      "created_by": "deploy/base-image.sh: Debian $suite minbase with its updates, $(echo "${packages[*]}" | sed 's/ /, /g'); user gongkai 10001:10001"
    }
  ]
}
EOF
config_id="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mv "$work/config.json" "$work/image/$config_id.json"
cat >"$work/image/manifest.json" <<EOF
[{"Config":"$config_id.json","RepoTags":["gongkai-base:debian12-jre17"],"Layers":["$layer_id/layer.tar"]}]
EOF
tar -C "$work/image" --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
  -cf "$work/base.tar" manifest.json "$config_id.json" "$layer_id/layer.tar"
mv "$work/base.tar" "$tarball"
cp "$info/packages" "$out/debian-jre17.packages"
echo "$digest" >"$stamp"

echo "Base image: $tarball, $(du -m "$tarball" | cut -f1) MiB (one layer, unpacked $(du -sm "$root" | cut -f1) MiB)," \
  "$(wc -l <"$out/debian-jre17.packages") packages, JAVA_HOME $java_home, $arch, built in $((SECONDS - started)) s"
