#!/usr/bin/env bash
# dist.sh cross-builds the game for students' laptops from Linux, into dist/:
#   backchannel-windows-amd64.exe, backchannel-macos-arm64, backchannel-macos-amd64
# and, with the toolchain's own platform, backchannel-linux-amd64.
# ebiten needs no cgo on Windows and macOS (it calls the system through
# purego), so CGO_ENABLED=0 cross-compiles without any C toolchain.
# Linux builds need cgo (GLFW) and so only the host's own platform is built.
# Each carries the browser build that `backchannel host` serves.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
out=dist
mkdir -p "$out"

build() { # GOOS GOARCH NAME [CGO]
  echo "dist: $1/$2 -> $out/$3" >&2
  CGO_ENABLED="${4:-0}" GOOS="$1" GOARCH="$2" \
    go build -trimpath -ldflags="-s -w" -o "$out/$3" ./cmd/backchannel
}

# The browser build first, where the program embeds it, so that every
# binary's `backchannel host` serves students the board (about 40 MB more
# per binary: game.wasm and its gzip and brotli copies).
OUT=server/play/site bash scripts/build-web.sh

build windows amd64 backchannel-windows-amd64.exe
build darwin arm64 backchannel-macos-arm64
build darwin amd64 backchannel-macos-amd64
if [[ "$(go env GOHOSTOS)" == linux && "$(go env GOHOSTARCH)" == amd64 ]]; then
  build linux amd64 backchannel-linux-amd64 1
fi
ls -l "$out" | sed 's/^/  /' >&2
