#!/usr/bin/env bash
# Chart rendering cost: ours (JFreeChart + lean PNG writer) next to JFreeChart + ImageIO.
# Usage: bash bench/chart-bench.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/report-site.jar ] && [ -d target/test-classes ] || mvn -B -q test-compile package -DskipTests
java -Djava.awt.headless=true -cp target/report-site.jar:target/test-classes reportsite.chart.ChartBench "${1:-15}"
