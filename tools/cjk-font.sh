#!/usr/bin/env bash
# Regenerates src/main/resources/fonts/NotoSansSC-subset.ttf: Noto Sans SC Regular (SIL OFL 1.1,
# from the npm package @expo-google-fonts/noto-sans-sc, which ships TrueType files) cut down to
# the characters the Chinese charts use (src/test/java/reportsite/chart/ChartCharacters.java).
# Run it after adding Chinese text that charts draw; CjkFontTest names any missing character.
set -euo pipefail
cd "$(dirname "$0")/.."
package="@expo-google-fonts/noto-sans-sc@0.4.3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz package/400Regular/NotoSansSC_400Regular.ttf package/LICENSE_FONT)
mvn -B -q test-compile
cp_file="$work/cp"
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$cp_file")" reportsite.chart.CjkFontSubset \
  "$work/package/400Regular/NotoSansSC_400Regular.ttf" src/main/resources/fonts/NotoSansSC-subset.ttf .
cp "$work/package/LICENSE_FONT" src/main/resources/fonts/LICENSE-NotoSansSC.txt
