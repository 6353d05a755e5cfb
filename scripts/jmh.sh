#!/usr/bin/env bash
# Runs the JMH micro-benchmarks of a module.
#   scripts/jmh.sh [--module optimizer|physics|app] [JMH args...]   e.g. scripts/jmh.sh OptimizerStep -prof gc
# Benchmarks live in <module>/src/test/java/**/jmh/ and are compiled with the tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE=optimizer
if [[ "${1:-}" == "--module" ]]; then MODULE="$2"; shift 2; fi
cd "$ROOT"
./mvnw -B -q -pl "$MODULE" -am -DskipTests test-compile
./mvnw -B -q -pl "$MODULE" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/test-classpath.txt")"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
exec java -cp "$CP" org.openjdk.jmh.Main "$@"
