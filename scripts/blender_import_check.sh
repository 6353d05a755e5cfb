#!/usr/bin/env bash
# Imports a BVH into Blender with its stock importer (bpy.ops.import_anim.bvh) and prints the bone
# count and frame range, to check that files written by our BvhWriter open in Blender.
#   scripts/blender_import_check.sh [FILE.bvh]
# Without FILE, writes a BVH from a small hand-made test fixture with ./optimus convert first.
# Exits 0 with a note when Blender is not installed (Debian: apt-get install blender, ~350 MB).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v blender >/dev/null 2>&1; then
  echo "blender_import_check: blender is not installed; skipping" >&2
  exit 0
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
BVH="${1:-}"
if [[ -z "$BVH" ]]; then
  # Round trip through our reader and writer: a CMU-named fixture, then its keypoints as our own rig.
  "$ROOT/optimus" convert --in "$ROOT/physics/src/test/resources/org/optimusmotion/physics/io/bvh/mini_cmu.bvh" \
      --out "$WORK/keypoints.csv" >/dev/null 2>&1
  "$ROOT/optimus" convert --in "$WORK/keypoints.csv" --out "$WORK/optimus_rig.bvh" >/dev/null 2>&1
  BVH="$WORK/optimus_rig.bvh"
fi
BVH="$(cd "$(dirname "$BVH")" && pwd)/$(basename "$BVH")"
# Our own forward kinematics of the same file, as keypoints (used when the file is our keypoint rig).
"$ROOT/optimus" convert --in "$BVH" --out "$WORK/ours.csv" >/dev/null 2>&1 || true

cat > "$WORK/check.py" <<'PY'
import builtins
import sys

# Blender 3.4's BVH importer opens files with mode 'rU', which Python 3.11 rejects: drop the 'U'.
_open = builtins.open
def _open_without_u(file, mode="r", *args, **kwargs):
    return _open(file, mode.replace("U", ""), *args, **kwargs)
builtins.open = _open_without_u

import bpy

path, ours = sys.argv[sys.argv.index("--") + 1:][:2]
for obj in list(bpy.data.objects):
    bpy.data.objects.remove(obj, do_unlink=True)
result = bpy.ops.import_anim.bvh(filepath=path, update_scene_fps=True, update_scene_duration=True)
arm = next(o for o in bpy.data.objects if o.type == "ARMATURE")
action = arm.animation_data.action if arm.animation_data else None
start, end = (int(action.frame_range[0]), int(action.frame_range[1])) if action else (0, 0)
print("BLENDER_BVH_IMPORT result=%s bones=%d frames=%d..%d" % (sorted(result), len(arm.data.bones), start, end))

# For our keypoint rig (bones named like the keypoints), compare Blender's joint positions with our
# forward kinematics: Blender maps BVH (x, y, z) to (x, -z, y); ours maps it to (z, x, y) / 100 m.
import os
if "pelvis" in arm.pose.bones and os.path.exists(ours):
    rows = {}
    with _open(ours) as f:
        for line in f:
            if line[0].isdigit():
                fr, name, x, y, z = line.strip().split(",")
                rows[(int(fr), name)] = (float(x), float(y), float(z))
    worst = 0.0
    for fr in range(start, end + 1):
        bpy.context.scene.frame_set(fr)
        for pb in arm.pose.bones:
            key = (fr - start, pb.name)
            if key not in rows:
                continue
            b = arm.matrix_world @ pb.head
            x, y, z = rows[key]
            ours_in_blender = (100 * y, -100 * x, 100 * z)
            worst = max(worst, max(abs(ours_in_blender[i] - b[i]) for i in range(3)))
    print("BLENDER_BVH_IMPORT max joint difference vs optimus FK: %.4f mm" % (10 * worst))
PY

blender --background --factory-startup --python "$WORK/check.py" -- "$BVH" "$WORK/ours.csv" 2>&1 | grep -E "BLENDER_BVH_IMPORT|Error|Traceback" || {
  echo "blender_import_check: the import printed no result" >&2
  exit 1
}
