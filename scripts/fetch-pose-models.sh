#!/usr/bin/env bash
# Fetches the MediaPipe BlazePose landmark models (Apache-2.0) from the npm registry with npm's own
# client, checks their SHA-256 and installs them, with the licence, where `./optimus detect --model full`
# looks: $OPTIMUS_MODELS_DIR, else ~/.cache/optimus-motion/models/mediapipe-pose-0.5.1675469404/.
# .ci/run runs it; without the models `optimus detect` says to run it and the detection tests skip.
set -euo pipefail

PACKAGE="@mediapipe/pose@0.5.1675469404"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${OPTIMUS_MODELS_DIR:-$HOME/.cache/optimus-motion/models}/mediapipe-pose-0.5.1675469404"
declare -A SHA256=(
  [pose_landmark_lite.tflite]=f17bfbecadb61c3be1baa8b8d851cc6619c870a87167b32848ad20db306b9d61
  [pose_landmark_full.tflite]=e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f
)

command -v npm >/dev/null || { echo "fetch-pose-models: npm is not installed (needed to fetch $PACKAGE)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "$PACKAGE" >/dev/null)
tar -xzf "$WORK"/mediapipe-pose-*.tgz -C "$WORK"
mkdir -p "$DEST"
for name in "${!SHA256[@]}"; do
  actual="$(sha256sum "$WORK/package/$name" | cut -d' ' -f1)"
  if [[ "$actual" != "${SHA256[$name]}" ]]; then
    echo "fetch-pose-models: $name from $PACKAGE has SHA-256 $actual, expected ${SHA256[$name]}" >&2
    exit 1
  fi
  install -m 0644 "$WORK/package/$name" "$DEST/$name.tmp"
  mv -f "$DEST/$name.tmp" "$DEST/$name"
done
cp "$ROOT/assets/models/mediapipe-pose/LICENSE" "$DEST/LICENSE"
cp "$ROOT/assets/models/mediapipe-pose/README.md" "$DEST/README.md"
echo "fetch-pose-models: installed ${!SHA256[*]} into $DEST"
