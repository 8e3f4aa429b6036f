#!/usr/bin/env bash
# test.sh runs every test tier that exists, after installing what they need:
#   1. the model (everything under game/ but the UI), pure Go, no cgo, no display
#   2. the same model tests compiled to WebAssembly and run under Node
#   3. the rest (UI, commands, browser end-to-end) under Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

# PostgreSQL for the class server's tests, on a throwaway data directory.
source scripts/pg.sh
pg_start
trap pg_stop EXIT

export GOFLAGS="${GOFLAGS:--buildvcs=false}"
model=$(go list ./game/... | grep -v -E '/game/ui($|/)')

echo "== gofmt and vet"
unformatted=$(find . -name '*.go' -not -path './build/*' -not -path '*/node_modules/*' -print0 | xargs -0 gofmt -l)
if [[ -n $unformatted ]]; then echo "gofmt needed: $unformatted"; exit 1; fi
CGO_ENABLED=0 go vet $model
# Everything else too: the UI and commands as the desktop builds them (cgo),
# and every package as the browser builds it.
go vet $(go list ./... | grep -v -x -F "$model")
GOOS=js GOARCH=wasm go vet ./...

echo "== model: no ebiten among its dependencies"
if go list -deps $model | grep -q hajimehoshi/ebiten; then
  echo "a package under game/ (not game/ui) depends on ebiten"; exit 1
fi

echo "== model tests (CGO_ENABLED=0)"
CGO_ENABLED=0 go test -count=1 $model

echo "== model tests on js/wasm under Node"
wasm_exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
[[ -x $wasm_exec ]] || wasm_exec="$(go env GOROOT)/misc/wasm/go_js_wasm_exec"
# -short: the same tests, with the long property runs cut down (the native
# tier runs them whole); WebAssembly under Node is ten times slower.
GOOS=js GOARCH=wasm go test -short -count=1 -timeout 30m -exec="$wasm_exec" $model

# Each copy of the tests gets its own X display. xvfb-run -a alone starts
# every copy at :99, and two copies started together both took it: each saw
# the other's windows, and xdotool's keys went to the other copy's game.
# Starting the search from this shell's pid keeps copies apart.
xvfb() { xvfb-run -a -n $((100 + $$ % 800)) -s "-screen 0 1600x1000x24" "$@"; }

rest=$(go list ./... | grep -v -x -F "$model" || true)
if [[ -n $rest ]]; then
  echo "== UI, commands and browser tests under Xvfb"
  # The tests that type real X keys with xdotool run on their own, one
  # package at a time: keys go to the focused window of the display, and
  # package screen's Ctrl+Q reached package flow's game when both ran at once;
  # the clipboard is the display's, which TestRealSelectAndPaste reads.
  real='^(TestRealInput|TestRealInputBinary|TestRealTurnResolves|TestRealSelectAndPaste)$'
  # 45 minutes: on a machine busy with other work the browser tests wait
  # longer for each screen (web/e2e/patience_test.go), and 30 ran out.
  xvfb go test -count=1 -timeout 45m -skip "$real" $rest
  xvfb go test -count=1 -timeout 30m -p 1 -run "$real" ./game/ui/screen ./game/ui/flow
fi

echo "== data races in the code that runs goroutines"
# The scenario watcher, the local server, the lab's workers, and the UI's
# turn resolution, hot reload and wake, under the race detector. Only the
# tests that drive those goroutines: the detector makes code 5-10x slower.
go test -race -count=1 ./web
go test -race -count=1 -run 'Watch' ./game/scenario
go test -race -count=1 -run 'TestWorkersDoNotMatter' ./game/lab
xvfb go test -race -count=1 -timeout 30m -run 'TestHotReload|TestPlaythrough' ./game/ui/flow

echo "== cross builds for students' laptops (Windows amd64, macOS arm64 and amd64)"
for target in windows/amd64 darwin/arm64 darwin/amd64; do
  GOOS=${target%/*} GOARCH=${target#*/} CGO_ENABLED=0 go build -o /dev/null ./cmd/backchannel
  echo "builds for $target"
done
