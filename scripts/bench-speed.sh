#!/usr/bin/env bash
# bench-speed.sh prints issue 11's three speed figures in one table, each
# beside its target and beside the same figure of a baseline revision
# measured in the same run (interleaved with the current one), so that the
# ratio holds even when other work shares the machine and the absolute
# figures do not.
#
#   BENCH_BASE=REV      baseline revision (default 5001589, main at session 7's start)
#   BENCH_LAB_RUNS=N    games per arm of the lab row (default 200, the target's size)
#
# CPU figures count every thread of the process (the garbage collector's
# too); a busy machine disturbs them far less than the clock.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:--buildvcs=false}" CGO_ENABLED=0
base=${BENCH_BASE:-5001589}
runs=${BENCH_LAB_RUNS:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# build DIR OUT: the program and the two benchmark binaries of a checkout.
build() {
  (cd "$1" && go build -o "$2/bc" ./cmd/backchannel && go test -c -o "$2/game.test" ./game/ &&
    go test -c -o "$2/ai.test" ./game/ai/) >"$2/build.log" 2>&1
}
mkdir -p "$tmp/cur" "$tmp/base"
build . "$tmp/cur"
have_base=false
if git cat-file -e "$base^{commit}" 2>/dev/null; then
  mkdir -p "$tmp/src" && git archive "$base" | tar -x -C "$tmp/src"
  build "$tmp/src" "$tmp/base" && have_base=true
fi
sides=(cur)
$have_base && sides+=(base)

# metric SIDE BENCH UNIT: median of a benchmark's figure over its runs.
metric() {
  grep "^$2-" "$tmp/$1/raw" 2>/dev/null | awk -v u="$3" '{for (i = 3; i < NF; i++) if ($(i+1) == u) print $i}' |
    sort -g | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'
}
# Three rounds, current then baseline in each, so both see the same load.
for round in 1 2 3; do
  for s in "${sides[@]}"; do
    "$tmp/$s/game.test" -test.run '^$' -test.bench 'BenchmarkResolveTurn$' -test.benchtime 400x 2>/dev/null | grep '^Benchmark' >>"$tmp/$s/raw" || true
    # Both sides with the collector set as simulate and lab play (GOGC=400;
    # the baseline's benchmark did not set it itself).
    GOGC=${GOGC:-400} "$tmp/$s/ai.test" -test.run '^$' -test.bench 'BenchmarkLetterGames$' -test.benchtime 200x 2>/dev/null | grep '^Benchmark' >>"$tmp/$s/raw" || true
  done
done
# The lab once each: wall and CPU seconds (user + sys of the process).
TIMEFORMAT='%R %U %S'
for s in "${sides[@]}"; do
  { time "$tmp/$s/bc" lab -runs "$runs" -workers 2 -json letter-2009 >/dev/null 2>&1; } 2>"$tmp/$s/lab" || echo "n/a" >"$tmp/$s/lab"
done
lab() { awk -v f="$2" '$1 != "n/a" {printf "%.1f\n", (f == "wall") ? $1 : $2 + $3}' "$tmp/$1/lab"; }

# row NAME NOW BASE TARGET BETTER(lower|higher) UNIT
row() {
  local ratio="–" met="–" tgt=""
  [[ -n $4 ]] && tgt="$6 $4"
  if [[ -n $2 && -n $3 ]]; then
    ratio=$(awk -v a="$2" -v b="$3" -v d="$5" 'BEGIN {r = (d == "lower") ? b / a : a / b; printf "%.2f×", r}')
  fi
  if [[ -n $2 && $4 != "" ]]; then
    met=$(awk -v a="$2" -v t="$4" -v d="$5" 'BEGIN {ok = (d == "lower") ? a <= t : a >= t; print ok ? "met" : "NOT met"}')
  fi
  printf '%-44s %12s %12s %9s %10s  %s\n' "$1" "${2:-n/a}" "${3:-n/a}" "$ratio" "$tgt" "$met"
}
get() { if $have_base; then "$@"; fi; }
us() { if [[ -n ${1:-} ]]; then awk -v x="$1" 'BEGIN {printf "%.1f", x / 1000}'; fi; }
echo "issue 11 speed (now vs baseline $base measured in this run; ratio > 1 is faster):"
printf '%-44s %12s %12s %9s %10s  %s\n' "figure" "now" "baseline" "ratio" "target" ""
labtarget=60 # seconds, for the target's 200 games per arm only
[[ $runs == 200 ]] || labtarget=""
row "lab letter-2009, $runs/arm, 2 workers: wall s" "$(lab cur wall)" "$(get lab base wall)" "$labtarget" lower "≤"
row "  the same, CPU s (both cores)" "$(lab cur cpu)" "$(get lab base cpu)" "" lower ""
row "all-AI letter-2009 games/s per core" "$(metric cur BenchmarkLetterGames games/cpu-s)" "$(get metric base BenchmarkLetterGames games/cpu-s)" 300 higher "≥"
row "  the same, games/s by the clock" "$(metric cur BenchmarkLetterGames games/s)" "$(get metric base BenchmarkLetterGames games/s)" "" higher ""
row "BenchmarkResolveTurn CPU µs per turn" "$(us "$(metric cur BenchmarkResolveTurn cpu-ns/turn)")" "$(us "$(get metric base BenchmarkResolveTurn cpu-ns/turn)")" 50 lower "≤"
row "  the same, µs per turn by the clock" "$(us "$(metric cur BenchmarkResolveTurn ns/turn)")" "$(us "$(get metric base BenchmarkResolveTurn ns/turn)")" "" lower ""
$have_base || echo "(no baseline: revision $base is not in this clone; set BENCH_BASE)"
echo "commands: lab = backchannel lab -runs $runs -workers 2 -json letter-2009; games/s = go test -bench 'LetterGames\$' -benchtime 200x ./game/ai/;"
echo "µs/turn = go test -bench 'BenchmarkResolveTurn\$' -benchtime 400x ./game/ (medians of 3 runs; games/s with GOGC=400 as simulate and lab set it)"
