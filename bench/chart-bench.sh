#!/usr/bin/env bash
# PNG encoding of the example's chart images: ms per image (median, wall and CPU) and bytes in all,
# for our filter pass + Deflater at levels 1/3/4/5/6/9, for ImageIO, and, given the jar of an
# earlier version, for that version's encoder, next to the cost of drawing.
# Usage: bash bench/chart-bench.sh [rounds] [earlier.jar]
# (uses target/report-site.jar and target/test-classes: `mvn -B -q test-compile package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/report-site.jar ] && [ -d target/test-classes ] || mvn -B -q test-compile package -DskipTests
earlier=()
[ $# -ge 2 ] && earlier=("$(cd "$(dirname "$2")" && pwd)/$(basename "$2")")
java -Djava.awt.headless=true -Xmx1g -cp target/report-site.jar:target/test-classes reportsite.chart.ChartBench \
  "${1:-9}" "${earlier[@]}"
