#!/usr/bin/env bash
# Per-stage JMH benchmarks on the example report (src/test/java/reportsite/bench).
# Usage: bash bench/jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3 or a benchmark name regex]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
cp_file="$(mktemp)"
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main "$@"
rm -f "$cp_file"
