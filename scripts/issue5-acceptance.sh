#!/usr/bin/env bash
# Issue 5 acceptance: physics reconstruction (BFGS) of five synthetic CMU cases against each case's noisy
# kinematic input (input_metrics.json): MPJPE-G no worse, MPJPE within 20 %, foot skate at most half,
# TV no worse. Synthesizes the cases (docs/reconstruction.md, "Results over motion types"), runs
# `compare` with the default settings plus any extra arguments, and prints the table.
# Usage: scripts/issue5-acceptance.sh [OUT] [COMPARE ARGS...]   e.g. scripts/issue5-acceptance.sh /tmp/acc --window-policy fixed
# Needs the mocap clips in $MOCAP (default /work/shared/data/mocap). About 6-10 minutes on 2 cores.
# Exit status: 0 when every criterion passes on every clip, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-/tmp/issue5-acceptance}"
shift || true
M="${MOCAP:-/work/shared/data/mocap}"
mkdir -p "$OUT"

MOCAP="$M" scripts/synth-issue5-cases.sh "$OUT"
for c in walk run jump dance kick; do
  ./optimus compare --case "$OUT/$c" --optimizers bfgs "$@" --out "$OUT/$c-compare" > /dev/null 2> "$OUT/$c-compare.log"
done

python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
rows, ok_all = [], True
print("| clip | window (root m/s) | MPJPE-G mm | MPJPE mm | foot skate % | TV m/frame | s |")
print("|---|---|---|---|---|---|---|")
for c in ["walk", "run", "jump", "dance", "kick"]:
    i = json.load(open(f"{out}/{c}/input_metrics.json"))
    r = json.load(open(f"{out}/{c}-compare/comparison.json"))["bfgs"]
    checks = [
        ("mpjpe_g_mm", r["mpjpe_g_mm"] <= i["mpjpe_g_mm"], i["mpjpe_g_mm"], "%.1f"),
        ("mpjpe_mm", r["mpjpe_mm"] <= 1.2 * i["mpjpe_mm"], 1.2 * i["mpjpe_mm"], "%.1f"),
        ("foot_skate", r["foot_skate"] <= 0.5 * i["foot_skate"], 0.5 * i["foot_skate"], "%.1f"),
        ("tv", r["tv"] <= i["tv"], i["tv"], "%.3f"),
    ]
    cells = []
    for key, ok, bar, fmt in checks:
        ok_all &= ok
        cells.append(("pass " if ok else "**FAIL** ") + (fmt % r[key]) + " vs " + (fmt % bar))
    speed = r.get("root_speed_mps")
    window = "%d/%d, %d ev" % (r["window_frames"], r["overlap_frames"], r["evaluations_per_window"])
    if speed is not None:
        window += " (%.2f)" % speed
    print("| %s | %s | %s | %.0f |" % (c, window, " | ".join(cells), r["seconds"]))
print("all criteria pass" if ok_all else "some criteria fail")
sys.exit(0 if ok_all else 1)
PY
