#!/usr/bin/env bash
# The Pose2Sim real case end to end (docs/real-pose2sim.md): triangulation check, the one-view case
# with two monocular 3D estimates (MediaPipe from `detect`, our lift), and BFGS / L-BFGS / Optimus.
#   scripts/real_pose2sim.sh [VIEW] [OUT]      (defaults: 1, out/real-pose2sim)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${POSE2SIM_DATA:-/work/shared/data/real/pose2sim-single-person}"
VIEW="${1:-1}"
OUT="${2:-$ROOT/out/real-pose2sim}"
KP="$DATA/keypoints"
CAM="$(printf 'cam_%02d' "$VIEW")"
VID="$(printf '%s/cam%02d.mp4' "$DATA" "$VIEW")"
OPT="$ROOT/optimus"
mkdir -p "$OUT"

# 1. Triangulate the four OpenPose views; distance to Pose2Sim's TRC; reprojection error.
"$OPT" triangulate --keypoints2d "$KP/pose/cam01_json,$KP/pose/cam02_json,$KP/pose/cam03_json,$KP/pose/cam04_json" \
  --calibration "$KP/Calib_qualisys.toml" --reference "$KP/S00_P00_T01_BalancingTrial_0-100.trc" --out "$OUT/triangulation"

# 2. MediaPipe on the view's video, placed with its calibrated camera.
"$OPT" detect --video "$VID" --camera "$KP/Calib_qualisys.toml" --camera-name "$CAM" --out "$OUT/detect-view$VIEW"

# 3. Two cases of the view: MediaPipe 3D estimate, and our monocular lift.
"$OPT" case pose2sim --data "$DATA" --view "$VIEW" --keypoints3d "$OUT/detect-view$VIEW/keypoints3d.csv" \
  --out "$OUT/case-view$VIEW-mediapipe"
"$OPT" case pose2sim --data "$DATA" --view "$VIEW" --out "$OUT/case-view$VIEW-lift"

# 4. Reconstruct both with BFGS, L-BFGS and Optimus. The initial-velocity anchor (off by default) halves
#    BFGS's foot skate here: without it, window starts get 5 m/s root velocities (docs/real-pose2sim.md, section 4).
WIV="${WEIGHT_INITIAL_VELOCITY:-0.01}"
for EST in mediapipe lift; do
  "$OPT" compare --case "$OUT/case-view$VIEW-$EST" --optimizers bfgs,lbfgs,optimus --weight-initial-velocity "$WIV" \
    --out "$OUT/compare-view$VIEW-$EST" >/dev/null
  # The same predictions against our own triangulation instead of the TRC.
  for O in bfgs lbfgs optimus; do
    "$OPT" evaluate --pred "$OUT/compare-view$VIEW-$EST/$O/keypoints3d.csv" --gt "$OUT/triangulation/triangulated.csv" \
      --camera "$OUT/case-view$VIEW-$EST/camera.json" --out "$OUT/compare-view$VIEW-$EST/$O/metrics_vs_triangulated.json" >/dev/null
  done
  "$OPT" evaluate --pred "$OUT/case-view$VIEW-$EST/keypoints3d.csv" --gt "$OUT/triangulation/triangulated.csv" \
    --camera "$OUT/case-view$VIEW-$EST/camera.json" --out "$OUT/case-view$VIEW-$EST/input_metrics_vs_triangulated.json" >/dev/null
done
echo "done: $OUT"
