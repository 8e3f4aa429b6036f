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

# One row per benchmark: the median of every figure it reports (ns/op and
# its own units such as ns/turn, ms-median or games/s), then the target.
target() {
  case $1 in
    BenchmarkResolveTurn) echo "≤ 50,000 ns/turn = 50 µs (5 actors, 10 issues; cpu-ns/turn is CPU time, steady on a busy machine)";;
    BenchmarkLetterGames) echo "≥ 300 games/cpu-s = games/s per core (letter-2009, normal, GOGC=400 as simulate and lab; games/s is by the clock)";;
    BenchmarkLoadTutorial) echo "≤ 2,000,000 ns/op";;
    BenchmarkLoad1MB) echo "≤ 200,000,000 ns/op";;
    BenchmarkTurnDecisions*) echo "≤ 2 ms-median (5 seats, one turn)";;
    BenchmarkGame*) echo "≥ 200 games/s (one worker, ~40 turns)";;
    BenchmarkBoardFrame*) echo "≤ 2 ms median per frame (1280×720)";;
  esac
}
printf '%-36s %-58s %s\n' "benchmark (median of runs)" "figures" "target"
for name in $(awk '{print $1}' "$tmp/raw" | sed 's/-[0-9]*$//' | sort -u); do
  figures=$(grep "^$name-[0-9]* " "$tmp/raw" | awk '
    { for (i = 3; i < NF; i += 2) { u = $(i+1); if (u == "B/op" || u == "allocs/op") continue; v[u] = v[u] " " $i; if (!(u in seen)) { seen[u] = 1; order[++n] = u } } }
    END { for (k = 1; k <= n; k++) { u = order[k]; m = split(substr(v[u], 2), a, " "); for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }; printf "%s %s  ", a[int((m + 1) / 2)], u } }')
  printf '%-36s %-58s %s\n' "$name" "$figures" "$(target "$name")"
done
echo
bash scripts/bench-speed.sh || true
echo
# Idle CPU and first frame are timings, so they live here and not in the tests
# (the unit tests TestIdleLowersTPS and TestIdleSkipsDraw guard the idle loop).
echo "desktop window (idle CPU on the board over 10 s, target ≤ 3% of a core; first frame, target ≤ 1.5 s):"
go run ./game/ui/flow/cmd/idlecpu 2>&1 | sed 's/^/  /' || true
[[ -x scripts/bench-extra.sh ]] && bash scripts/bench-extra.sh

# The class server under load, on loopback only: 50 sessions of 5 student
# seats in one process, 3 turns each (two drafts and a hand-in per seat per
# turn), bounded by the test's own deadline, beside a baseline revision.
echo
bash scripts/bench-class.sh || true
true
