#!/usr/bin/env bash
# Copyright (c) 2026 The mini2440-go Authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
#
# build.sh builds, or reuses, the project's Go toolchain: the official Go
# source release with toolchain/patches/*.patch applied in lexical order
# (1xxx: ARMv4T/GOARM=4, 2xxx: GOOS=tamago).
#
# The result lives in $CACHE/go<version>-<hash12>, where hash is the SHA-256
# of build.sh and the patch series, so changing either yields a new toolchain
# and a warm cache answers in well under a second. Progress goes to stderr;
# the GOROOT path is the only thing printed on stdout.
#
# Usage: build.sh [--print-path]
#   --print-path  print the GOROOT path the current patches map to, build nothing
#
# Environment: CACHE (default ~/.cache/mini2440), GOROOT_BOOTSTRAP (default
# /usr/local/go), KEEP (number of toolchain builds kept, default 3).
set -euo pipefail

GO_VERSION=1.27.3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${CACHE:-$HOME/.cache/mini2440}
GOROOT_BOOTSTRAP=${GOROOT_BOOTSTRAP:-/usr/local/go}
KEEP=${KEEP:-3}

log() { printf 'toolchain: %s\n' "$*" >&2; }
die() { printf 'toolchain: error: %s\n' "$*" >&2; exit 1; }

shopt -s nullglob
patches=("$here"/patches/*.patch)

# The cache key covers the patch names and contents and this script.
key=$(
	{
		echo "go$GO_VERSION"
		sha256sum "$here/build.sh" | cut -d' ' -f1
		for p in "${patches[@]}"; do
			printf '%s %s\n' "$(basename "$p")" "$(sha256sum "$p" | cut -d' ' -f1)"
		done
	} | sha256sum | cut -c1-12
)
goroot=$CACHE/go$GO_VERSION-$key

case "${1:-}" in
--print-path)
	echo "$goroot"
	exit 0
	;;
"") ;;
*) die "usage: build.sh [--print-path]" ;;
esac

if [ -x "$goroot/bin/go" ]; then
	touch "$goroot"
	echo "$goroot"
	exit 0
fi

mkdir -p "$CACHE"
# One build at a time: a second caller waits, then finds the result.
exec 9>"$CACHE/toolchain.lock"
if ! flock -n 9; then
	log "waiting for another toolchain build to finish"
	flock 9
fi
if [ -x "$goroot/bin/go" ]; then
	echo "$goroot"
	exit 0
fi

bootgo=$GOROOT_BOOTSTRAP/bin/go
[ -x "$bootgo" ] || die "no bootstrap Go at $GOROOT_BOOTSTRAP (set GOROOT_BOOTSTRAP)"

# The toolchain module is the whole source tree; its content does not depend
# on the host, we only need one that the proxy serves.
host=$("$bootgo" env GOHOSTOS)-$("$bootgo" env GOHOSTARCH)
mod=golang.org/toolchain@v0.0.1-go$GO_VERSION.$host

stage=$(mktemp -d "$CACHE/.go$GO_VERSION-$key.XXXXXX")
trap 'rm -rf "$stage"' EXIT

log "downloading $mod"
moddir=$(
	cd "$stage" &&
		printf 'module toolchaindownload\n' >go.mod &&
		env -u GOOS -u GOARCH -u GOFLAGS GOTOOLCHAIN=local GOFLAGS=-mod=mod \
			"$bootgo" mod download -json "$mod" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p'
) || die "go mod download $mod failed"
[ -d "$moddir/src" ] || die "downloaded module has no source tree ($moddir)"
rm -f "$stage/go.mod" "$stage/go.sum"

log "unpacking into $stage/go"
cp -R "$moddir" "$stage/go"
chmod -R u+w "$stage/go"
cd "$stage/go"
# The module holds prebuilt binaries for its host; we build our own.
rm -rf bin pkg
# Module zips cannot hold nested go.mod files; they are stored as _go.mod.
find . \( -name _go.mod -o -name _go.sum \) -print | while read -r f; do
	mv "$f" "$(dirname "$f")/${f##*/_}"
done
# Module zips carry no permission bits.
chmod +x src/*.bash src/*.rc

for p in "${patches[@]}"; do
	log "applying $(basename "$p")"
	GIT_CEILING_DIRECTORIES=$stage git apply --whitespace=nowarn "$p" ||
		die "patch $(basename "$p") does not apply to go$GO_VERSION"
done

# cmd/go keys its build cache on a release compiler's version string alone.
# A version of our own (cmd/go ignores the suffix when comparing versions)
# keeps this build's objects apart from stock go$GO_VERSION's, which would
# compile GOARM=4 as ARMv7, and from other patch series'.
sed -i "1s/.*/go$GO_VERSION-mini2440.$key/" VERSION

log "running make.bash (about 7 minutes on 2 cores; log: $CACHE/make.log)"
(
	cd src &&
		env -u GOOS -u GOARCH -u GOARM -u GOOSPKG -u GOFLAGS -u GOROOT -u GOPATH \
			GOROOT_BOOTSTRAP="$GOROOT_BOOTSTRAP" GOTOOLCHAIN=local CGO_ENABLED=0 \
			./make.bash
) >"$CACHE/make.log" 2>&1 || {
	tail -n 40 "$CACHE/make.log" >&2
	die "make.bash failed; the above is the tail of $CACHE/make.log"
}
[ -x bin/go ] || die "make.bash produced no bin/go"

cd "$CACHE"
mv "$stage/go" "$goroot"
log "built $goroot"

# Keep the most recently used builds only.
ls -1dt "$CACHE"/go$GO_VERSION-* 2>/dev/null | tail -n +$((KEEP + 1)) | while read -r old; do
	log "removing old toolchain $old"
	chmod -R u+w "$old" && rm -rf "$old"
done

echo "$goroot"
