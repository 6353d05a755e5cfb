#!/usr/bin/env bash
# Issue 7 evaluation: Optimus meta-trained on reconstruction against BFGS and against the classic-function
# Optimus weights, on the test clips that meta-training never sees.
#   1. identical independent windows of random cuts of the test clips: evaluations to reach BFGS's final loss
#   2. whole sequences (the issue 5 cases, first 2 s of each test clip): metrics and seconds per second of video
# Usage: scripts/bench-reconstruction.sh [OUT] [OPTIMIZERS]   (needs ../shared/data/mocap)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/bench-reconstruction}"
OPTIMIZERS="${2:-bfgs,optimus,optimus:restart=0,optimus-functions}"
M="${MOCAP:-../shared/data/mocap}"
CASES="$(mktemp -d)"
trap 'rm -rf "$CASES"' EXIT
mkdir -p "$OUT"

./optimus bench reconstruction --optimizers "$OPTIMIZERS" --split test --cases-per-clip 1 --seed 2023 \
    --mocap "$M" --out "$OUT/windows"

MOCAP="$M" scripts/synth-issue5-cases.sh "$CASES"
for c in walk run jump dance kick; do
  ./optimus compare --case "$CASES/$c" --optimizers "$OPTIMIZERS" --out "$CASES/$c-compare" > /dev/null
  mkdir -p "$OUT/sequences/$c"   # keep the comparison and its plot; motions stay in the temporary folder
  cp "$CASES/$c-compare/comparison.json" "$CASES/$c-compare/loss.png" "$CASES/$c/input_metrics.json" "$OUT/sequences/$c/"
done
# the same windows run to the full budget (no stagnation stop), for what a longer run buys
./optimus bench reconstruction --optimizers bfgs,optimus --split test --cases-per-clip 1 --seed 2023 \
    --mocap "$M" --no-stagnation-stop --out "$OUT/windows-full-budget" > /dev/null
python3 scripts/sequence_table.py "$OUT/sequences" > "$OUT/sequences.md"
cat "$OUT/windows/report.md" "$OUT/sequences.md"
