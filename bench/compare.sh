#!/usr/bin/env bash
# The generator against an earlier commit of itself, side by side in one run (issue 14).
#
#   bash bench/compare.sh                      # against 305f5e5, 7 alternating runs
#   bash bench/compare.sh --baseline REV --runs 9 --pages 10000
#
# Each side builds its own commit's example (content/ and templates/ of that commit) with its
# own bin/report-site and jar: a cold build (new JVM, new output folder, no cache), taken in
# turns, A then B, so that a busy moment hits both. Then each builds the synthetic corpus of
# --pages pages (bench/gen-corpus.py) with --clean, in turns too. Prints medians and ratios, and
# the chart bytes a reader downloads: all chart PNGs of the example, and the heaviest page with
# the images a high-density screen loads (the 2x candidate of each srcset).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

BASELINE=305f5e5
RUNS=7
PAGES=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) BASELINE="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --pages) PAGES="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
ensure_report_site_jar || { echo "compare.sh: no target/report-site.jar" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/report-site-compare.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# side DIR REV: DIR/{bin,target,content,templates} of commit REV (or of the working tree for "work").
side() {
  local dir="$1" rev="$2"
  mkdir -p "$dir/target"
  if [ "$rev" = work ]; then
    cp -r "$ROOT/bin" "$ROOT/content" "$ROOT/templates" "$dir/"
    cp "$RS_JAR" "$dir/target/report-site.jar"
  else
    local jar="$CACHE/jars/$rev.jar"
    (cd "$ROOT" && git archive "$rev" bin content templates pom.xml src) | tar -x -C "$dir"
    if [ ! -f "$jar" ]; then
      log "building the jar of $rev"
      (cd "$dir" && mvn -q -B package -DskipTests >/dev/null)
      mkdir -p "$CACHE/jars" && cp "$dir/target/report-site.jar" "$jar"
    fi
    cp "$jar" "$dir/target/report-site.jar"
  fi
}
side "$WORK/a" "$BASELINE"
side "$WORK/b" work

CORPUS="$CACHE/corpus"
GEN_SUM="$(sha256sum "$BENCH/gen-corpus.py" | cut -c1-16)"
if [ ! -f "$CORPUS/$PAGES/.generated-by-$GEN_SUM" ]; then
  log "generating the $PAGES-page corpus"
  python3 "$BENCH/gen-corpus.py" --out "$CORPUS" "$PAGES" >/dev/null
  touch "$CORPUS/$PAGES/.generated-by-$GEN_SUM"
fi

ms_now() { date +%s%N | cut -c1-13; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# timed SIDE NAME ARGS...: one build by SIDE's launcher, its milliseconds appended to SIDE-NAME.txt
timed() {
  local s="$1" name="$2"; shift 2
  local t0 t1
  t0=$(ms_now)
  "$WORK/$s/bin/report-site" build "$@" > "$WORK/log.txt" 2>&1 || { cat "$WORK/log.txt" >&2; exit 1; }
  t1=$(ms_now)
  echo $((t1 - t0)) >> "$WORK/$s-$name.txt"
}

for s in a b; do   # untimed: the OS file cache and each launcher's class-data archive
  timed "$s" warm --content "$WORK/$s/content" --templates "$WORK/$s/templates" --out "$WORK/$s/warm/site"
done
for r in $(seq 1 "$RUNS"); do
  for s in a b; do
    timed "$s" cold --content "$WORK/$s/content" --templates "$WORK/$s/templates" --out "$WORK/$s/cold-$r/site"
  done
done
for r in $(seq 1 3); do
  for s in a b; do
    timed "$s" corpus --clean --content "$CORPUS/$PAGES/reportsite/content" --templates "$WORK/$s/templates" --out "$WORK/$s/corpus/site"
  done
done

weights() {
  python3 - "$1" <<'PY'
import pathlib, re, sys
site = pathlib.Path(sys.argv[1])
charts = sum(p.stat().st_size for p in (site / "charts").glob("*.png"))
heaviest, page = 0, ""
for html in site.glob("*.html"):
    text = html.read_text(encoding="utf-8")
    total = 0
    for m in re.finditer(r'<img\b[^>]*>', text):
        tag = m.group(0)
        s = re.search(r'srcset="([^"]*)"', tag)
        src = s.group(1).split(",")[-1].strip().split()[0] if s else re.search(r'src="([^"]*)"', tag).group(1)
        if src.startswith("charts/"):
            total += (site / src).stat().st_size
    if total > heaviest:
        heaviest, page = total, html.name
print(charts, heaviest, page)
PY
}
read -r a_charts a_heavy a_page <<< "$(weights "$WORK/a/cold-1/site")"
read -r b_charts b_heavy b_page <<< "$(weights "$WORK/b/cold-1/site")"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b / a }'; }
echo "report-site $(cd "$ROOT" && git rev-parse --short HEAD) (B) against $BASELINE (A); medians of $RUNS cold builds, 3 corpus builds"
echo
echo "| what | A: $BASELINE | B: now | B / A |"
echo "|---|---:|---:|---:|"
for name in cold corpus; do
  a=$(median < "$WORK/a-$name.txt"); b=$(median < "$WORK/b-$name.txt")
  label="cold build of the example"
  [ "$name" = corpus ] && label="$PAGES-page corpus, --clean"
  printf '| %s | %s ms | %s ms | %s |\n' "$label" "$a" "$b" "$(ratio "$a" "$b")"
done
printf '| chart PNG bytes, whole example | %s | %s | %s |\n' "$a_charts" "$b_charts" "$(ratio "$a_charts" "$b_charts")"
printf '| chart bytes (2x) of the heaviest page | %s (%s) | %s (%s) | %s |\n' "$a_heavy" "$a_page" "$b_heavy" "$b_page" "$(ratio "$a_heavy" "$b_heavy")"
echo
echo "runs (ms): A cold $(paste -sd' ' "$WORK/a-cold.txt"); B cold $(paste -sd' ' "$WORK/b-cold.txt"); A corpus $(paste -sd' ' "$WORK/a-corpus.txt"); B corpus $(paste -sd' ' "$WORK/b-corpus.txt")"
