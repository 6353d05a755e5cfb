#!/usr/bin/env bash
# The five issue 5 evaluation cases (docs/reconstruction.md, "Results over motion types"): the first
# 2 s of the walk, jump, dance and kick test clips and 1.3 s of the run, seed 1, camera at -90 degrees.
# Cases already in OUT are kept. Used by issue5-acceptance.sh and bench-reconstruction.sh.
# Usage: scripts/synth-issue5-cases.sh OUT     (clips from $MOCAP, default /work/shared/data/mocap)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$1"
M="${MOCAP:-/work/shared/data/mocap}"
synth() {  # BVH CAMERA_DISTANCE SECONDS NAME
  if [ ! -f "$OUT/$4/input_metrics.json" ]; then
    ./optimus synth --bvh "$M/$1" --seed 1 --camera-distance "$2" --camera-height 1.3 --camera-yaw -90 \
        --fps 30 --seconds "$3" --no-video --out "$OUT/$4" > /dev/null
  fi
}
synth cmu_07_01_walk.bvh 4.5 2 walk
synth cmu_09_11_run.bvh 5 1.3 run
synth cmu_13_11_forward_jump_daz.bvh 5 2 jump
synth cmu_55_01_dance.bvh 4.5 2 dance
synth cmu_10_01_yelper.bvh 4.5 2 kick
