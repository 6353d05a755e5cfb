#!/usr/bin/env bash
# Builds scripts/mujoco_bench.c against Debian's MuJoCo (apt-get install -y libmujoco-dev libmujoco-samples).
# Usage: scripts/build-mujoco-bench.sh OUTPUT_BINARY
# Exit 3 when MuJoCo's headers or a C compiler are missing (the benchmark then skips MuJoCo).
set -euo pipefail
out="${1:?usage: $0 OUTPUT_BINARY}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cc="${CC:-cc}"
if ! command -v "$cc" >/dev/null 2>&1; then
  echo "no C compiler ($cc)" >&2
  exit 3
fi
if [[ ! -f /usr/include/mujoco/mujoco.h ]]; then
  echo "MuJoCo headers not found: apt-get install -y libmujoco-dev libmujoco-samples" >&2
  exit 3
fi
mkdir -p "$(dirname "$out")"
"$cc" -O2 -o "$out" "$here/mujoco_bench.c" -lmujoco
