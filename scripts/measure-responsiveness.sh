#!/usr/bin/env bash
# Measures how responsive the desktop app's JavaFX thread is during a fit of the bundled sample, and
# with the app idle as a control, on GTK under Xvfb and on Monocle's headless platform (the UI tests'
# platform). Writes one report per run to OUTDIR and prints them. See docs/app-responsiveness.md.
#   scripts/measure-responsiveness.sh OUTDIR [SECONDS]
# Needs xvfb-run; the Monocle runs need openjfx-monocle in the local Maven cache (a test dependency:
# `./mvnw -pl app -am test-compile` fetches it) and are skipped without it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:?usage: $0 OUTDIR [SECONDS]}"
SECONDS_MEASURED="${2:-15}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
cd "$ROOT"
./optimus --version >/dev/null  # builds first when the sources changed

XVFB=(xvfb-run -a -s "-screen 0 1600x1000x24")
FIT=(--measure-seconds "$SECONDS_MEASURED" --budget 5000 --optimizer-a optimus)
"${XVFB[@]}" ./optimus gui --measure "$OUT/xvfb-fit.txt" "${FIT[@]}" >/dev/null 2>&1
"${XVFB[@]}" ./optimus gui --measure "$OUT/xvfb-idle.txt" --measure-idle --measure-seconds "$SECONDS_MEASURED" >/dev/null 2>&1

MONOCLE="$(find "${HOME}/.m2/repository/org/testfx/openjfx-monocle" -name 'openjfx-monocle-*.jar' 2>/dev/null | sort | tail -1)"
if [[ -n "$MONOCLE" ]]; then
  CP="$ROOT/app/target/classes:$(cat "$ROOT/app/target/runtime-classpath.txt"):$MONOCLE"
  monocle() {
    EGL_PLATFORM=surfaceless OMP_NUM_THREADS=1 java -Xmx8g -Dorg.lwjgl.opengl.explicitInit=true -Doptimus.home="$ROOT" \
      -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
      -cp "$CP" org.optimusmotion.app.Launcher gui "$@" >/dev/null 2>&1
  }
  monocle --measure "$OUT/monocle-fit.txt" "${FIT[@]}"
  monocle --measure "$OUT/monocle-idle.txt" --measure-idle --measure-seconds "$SECONDS_MEASURED"
else
  echo "openjfx-monocle not in the Maven cache: Monocle runs skipped" >&2
fi
for f in "$OUT"/*.txt; do
  echo "== $(basename "$f")"
  cat "$f"
done
