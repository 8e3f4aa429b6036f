#!/usr/bin/env bash
# bench.sh prints the project's performance figures as one table.
# Each row: what is measured, the figure, the target, and the command behind it.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# bench PKG REGEX: run benchmarks (5 counts), keep the raw lines.
bench() {
  CGO_ENABLED=${CGO:-0} go test -run '^$' -bench "$2" -benchmem -count 5 "$1" 2>/dev/null | grep '^Benchmark' >>"$tmp/raw" || true
}
median() { # name -> median ns/op
  grep "^$1[- ]" "$tmp/raw" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "n/a"}'
}
bench ./game/ 'BenchmarkResolveTurn$'
[[ -d game/scenario ]] && bench ./game/scenario/ .
[[ -d game/ai ]] && bench ./game/ai/ .
[[ -d game/ui ]] && CGO=1 xvfb-run -a go test -run '^$' -bench . -count 5 ./game/ui/... 2>/dev/null | grep '^Benchmark' >>"$tmp/raw" || true

printf '%-44s %14s  %s\n' "benchmark (median of 5)" "ns/op" "target"
for name in $(awk '{print $1}' "$tmp/raw" | sed 's/-[0-9]*$//' | sort -u); do
  target=""
  case $name in
    BenchmarkResolveTurn) target="≤ 50,000 ns per turn (see ns/turn; 5 actors, 10 issues)";;
    BenchmarkLoadTutorial) target="≤ 2,000,000 ns";;
    BenchmarkLoad1MB) target="≤ 200,000,000 ns";;
  esac
  printf '%-44s %14s  %s\n' "$name" "$(median "$name")" "$target"
done
[[ -x scripts/bench-extra.sh ]] && bash scripts/bench-extra.sh
true
