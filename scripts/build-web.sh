#!/usr/bin/env bash
# build-web.sh assembles the browser build of Backchannel: game.wasm, the
# wasm_exec.js of the same Go toolchain, and the static files of web/.
#
#   scripts/build-web.sh [PACKAGE]
#
# PACKAGE is the main package to compile (default ./cmd/backchannel); the
# end-to-end tests also build ./web/e2e/hashgame with it. The site goes to
# $OUT (default build/web, which git ignores). Serve it with
#   go run ./cmd/backchannel serve -dir build/web
# Besides game.wasm it writes game.wasm.gz and game.wasm.br for servers that send precompressed files, and game.json,
# which tells the loader the size and version of game.wasm.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

pkg="${1:-./cmd/backchannel}"
out="${OUT:-build/web}"
case "$(cd "$(dirname "$out")" 2>/dev/null && pwd)/$(basename "$out")" in
  /|"$root"|"$root/"|"$HOME"|"$root/web") echo "build-web: refusing OUT=$out" >&2; exit 2 ;;
esac
mkdir -p "$out"

# Only the files this script writes are replaced; nothing else in $out is removed.
rm -f "$out"/game.wasm "$out"/game.wasm.gz "$out"/game.wasm.br "$out"/game.json

# KEEP_NAMES=1 keeps the functions' names in game.wasm (the name section,
# which -s leaves out; 0.7 MB more), so that a page profile names them
# (web/e2e TestPageProfile).
ldflags="-s -w"
if [[ "${KEEP_NAMES:-}" == 1 ]]; then ldflags=""; fi
echo "build-web: compiling $pkg for js/wasm" >&2
GOOS=js GOARCH=wasm go build -trimpath -ldflags="$ldflags" -o "$out/game.wasm" "$pkg"

# wasm_exec.js must come from the toolchain that built game.wasm. Go 1.24 and
# later keep it in lib/wasm; older releases in misc/wasm.
goroot="$(go env GOROOT)"
wasm_exec=""
for cand in "$goroot/lib/wasm/wasm_exec.js" "$goroot/misc/wasm/wasm_exec.js"; do
  if [[ -f "$cand" ]]; then wasm_exec="$cand"; break; fi
done
if [[ -z "$wasm_exec" ]]; then
  echo "build-web: wasm_exec.js not found under $goroot/lib/wasm or $goroot/misc/wasm" >&2
  exit 1
fi
cp "$wasm_exec" "$out/wasm_exec.js"

# The static files of web/: everything at its top level except Go sources.
shopt -s nullglob
for f in web/*; do
  [[ -f "$f" ]] || continue
  case "$f" in
    *.go|*.md) continue ;;
  esac
  cp "$f" "$out/"
done

size_of() { wc -c <"$1" | tr -d ' '; }
human() { awk -v n="$1" 'BEGIN { printf "%.2f MB (%d bytes)", n / 1048576, n }'; }
if command -v sha256sum >/dev/null; then
  hash="$(sha256sum "$out/game.wasm" | cut -c1-16)"
else
  hash="$(shasum -a 256 "$out/game.wasm" | cut -c1-16)"
fi

gzip -9 -n -c "$out/game.wasm" >"$out/game.wasm.gz"
# Touch after writing so that the .gz is never older than game.wasm.
touch "$out/game.wasm.gz"
wasm_size="$(size_of "$out/game.wasm")"
gz_size="$(size_of "$out/game.wasm.gz")"
# Brotli (quality 9: 11 takes eight times as long for 13% less) is a sixth
# smaller than gzip for game.wasm. Without the brotli
# command, a Go implementation writes it (tools/brcompress).
if command -v brotli >/dev/null; then
  brotli -q 9 -f -o "$out/game.wasm.br" "$out/game.wasm"
else
  go run ./tools/brcompress "$out/game.wasm" "$out/game.wasm.br"
fi
touch "$out/game.wasm.br"
br_size="$(size_of "$out/game.wasm.br")"
br_note=", brotli $(human "$br_size")"

# The built-in scenarios and their seats, so that the page can check a shared
# link (?scenario=&as=) before the download, and say what is wrong in words.
scenarios="$(go run ./cmd/backchannel scenarios -json)"

cat >"$out/game.json" <<JSON
{"wasm": "game.wasm", "size": $wasm_size, "gzipSize": $gz_size, "brotliSize": $br_size, "version": "$hash", "scenarios": $scenarios}
JSON

echo "build-web: site in $out"
echo "  game.wasm  $(human "$wasm_size")"
echo "  gzipped    $(human "$gz_size")$br_note"
