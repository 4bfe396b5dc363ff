#!/usr/bin/env bash
# Benchmark: report-site vs Hugo vs JBake on a synthetic Markdown corpus (issue 9).
#
#   bash bench/run.sh                          # from a clean clone: N = 100, 1000, 10000; 5 runs each
#   bash bench/run.sh --sizes 100,1000 --runs 7
#   bash bench/run.sh --tools hugo,jbake --sizes 100
#
# Options:
#   --runs K        timed runs per (tool, size); medians are taken over them (default 5)
#   --sizes LIST    comma-separated page counts (default 100,1000,10000)
#   --tools LIST    any of report-site,hugo,jbake (default all three)
#   --jbake-max N   JBake runs only for sizes <= N (default 1000)
#   --timeout SEC   a run that takes longer is stopped and counted as failed; the cell's later
#                   runs are skipped (default 600)
#   --out-base DIR  where the sites are written (default /dev/shm if it is a tmpfs, else $TMPDIR
#                   or /tmp): on this VM's disk, writing 10,000 pages costs seconds of sys time
#                   that grow from run to run, which would drown the generators' own cost
# Environment:
#   RS_JVM_FLAGS    extra JVM flags for report-site (e.g. CDS: -XX:SharedArchiveFile=...)
#   JAVA            java executable (default: java on PATH)
#
# Per (tool, size): one untimed warm-up run that also checks the output (exit 0 and at least
# N HTML pages), then K timed runs under /usr/bin/time, each into an emptied output folder.
# A tool that fails is reported as failed in the table and the bench goes on with the others.
# Prints a Markdown table of medians (wall s, CPU s = user+sys, peak RSS MiB) and the ratios
# of each tool's wall time to Hugo's and to JBake's; the raw runs and the table are kept in
# bench/.cache/results/ (git-ignored), as are the generated corpus and JBake's jars.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

RUNS=5
SIZES="100,1000,10000"
TOOLS="report-site,hugo,jbake"
JBAKE_MAX=1000
TIMEOUT=600
OUT_BASE=""
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ]; then
  OUT_BASE=/dev/shm
fi
OUT_BASE="${OUT_BASE:-${TMPDIR:-/tmp}}"

usage() { sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#*=}"; shift ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --sizes=*) SIZES="${1#*=}"; shift ;;
    --tools) TOOLS="$2"; shift 2 ;;
    --tools=*) TOOLS="${1#*=}"; shift ;;
    --jbake-max) JBAKE_MAX="$2"; shift 2 ;;
    --jbake-max=*) JBAKE_MAX="${1#*=}"; shift ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --timeout=*) TIMEOUT="${1#*=}"; shift ;;
    --out-base) OUT_BASE="$2"; shift 2 ;;
    --out-base=*) OUT_BASE="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "run.sh: --runs needs a positive integer" >&2; exit 2 ;; esac
case "$TIMEOUT" in ''|*[!0-9]*|0) echo "run.sh: --timeout needs a positive integer" >&2; exit 2 ;; esac
IFS=, read -r -a SIZE_LIST <<< "$SIZES"
for n in "${SIZE_LIST[@]}"; do
  case "$n" in ''|*[!0-9]*) echo "run.sh: bad size '$n' in --sizes" >&2; exit 2 ;; esac
done
for t in ${TOOLS//,/ }; do
  case "$t" in report-site|hugo|jbake) ;; *) echo "run.sh: unknown tool '$t'" >&2; exit 2 ;; esac
done
has_tool() { case ",$TOOLS," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# ---- tools -------------------------------------------------------------------------------
ensure_gnu_time
command -v python3 >/dev/null || { log "installing python3"; apt_install python3; }
if has_tool hugo && ! command -v hugo >/dev/null; then
  log "installing hugo (Debian package)"; apt_install hugo || log "hugo install failed"
fi
RS_READY=0
if has_tool report-site && ensure_report_site_jar; then RS_READY=1; fi

# JBake 2.7.0 and its runtime dependencies, via the throwaway pom in bench/jbake/.
JBAKE_LIB="$CACHE/jbake-lib"
if has_tool jbake && [ ! -f "$JBAKE_LIB/jbake-core-2.7.0.jar" ]; then
  log "fetching JBake 2.7.0 into $JBAKE_LIB"
  rm -rf "$JBAKE_LIB"
  (cd "$BENCH/jbake" && mvn -q -B dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$JBAKE_LIB") || log "fetching JBake failed: it will be reported as failed"
fi

# ---- corpus ------------------------------------------------------------------------------
# DIR/<N>/hugo is Hugo's site; DIR/<N>/reportsite/content is report-site's --content, the same
# posts/*.md (YAML front matter) plus the index.md home page it requires; DIR/<N>/jbake holds
# the same pages with JBake headers.
CORPUS="$CACHE/corpus"
GEN_SUM="$(sha256sum "$BENCH/gen-corpus.py" | cut -c1-16)"
for n in "${SIZE_LIST[@]}"; do
  if [ ! -f "$CORPUS/$n/.generated-by-$GEN_SUM" ]; then
    log "generating the $n-page corpus"
    python3 "$BENCH/gen-corpus.py" --out "$CORPUS" "$n" >/dev/null
    touch "$CORPUS/$n/.generated-by-$GEN_SUM"
  fi
done

# ---- running and timing ------------------------------------------------------------------
mkdir -p "$CACHE/results"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RAW="$CACHE/results/$STAMP.tsv"
TABLE="$CACHE/results/$STAMP.md"
printf 'pages\ttool\trun\tstatus\twall_s\tuser_s\tsys_s\tmaxrss_kib\tnote\n' > "$RAW"
WORK="$(mktemp -d "$OUT_BASE/report-site-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
snapshot_report_site "$WORK"
BUSY_BEFORE="$(cpu_busy_pct)"

# tool_cmd TOOL N OUT: sets CMD to TOOL's command line building the N-page site into OUT.
# Each run goes through timeout(1); /usr/bin/time still sees the tool's CPU and peak RSS, since
# timeout waits for it and rusage covers waited-for children.
tool_cmd() {
  local tool="$1" n="$2" out="$3"
  case "$tool" in
    report-site)
      CMD=(timeout -k 10 "$TIMEOUT" "${RS_ARGV[@]}" build --clean --content "$CORPUS/$n/reportsite/content" --templates "$ROOT/templates" --out "$out") ;;
    hugo)
      CMD=(timeout -k 10 "$TIMEOUT" hugo --quiet -s "$CORPUS/$n/hugo" -d "$out") ;;
    jbake)
      CMD=(timeout -k 10 "$TIMEOUT" "$JAVA" -cp "$JBAKE_LIB/*" org.jbake.launcher.Main -b "$CORPUS/$n/jbake" "$out") ;;
  esac
}

# fail_row N TOOL NOTE: records that TOOL could not be measured at size N.
fail_row() {
  local note="$3"
  if [ "$2" = report-site ] && [ ! -d "$ROOT/templates" ]; then
    note="$note (the repo has no templates/ yet)"
  fi
  printf '%s\t%s\t0\tfailed\t\t\t\t\t%s\n' "$1" "$2" "$note" >> "$RAW"
}

# A failed run's first error line and its last line, on one line, without Java stack frames.
log_tail() {
  local first last
  first="$(grep -m 1 -i -E 'error|exception' "$1" || true)"
  last="$(grep -v '^[[:space:]]*at ' "$1" | tail -n 1)"
  if [ -n "$first" ] && [ "$first" != "$last" ]; then last="$first … $last"; fi
  printf '%s' "$last" | tr '\t\n' '  ' | cut -c1-300
}

bench_one() {
  local tool="$1" n="$2"
  local out="$WORK/out-$tool-$n" logf="$WORK/log-$tool-$n.txt" r pages
  tool_cmd "$tool" "$n" "$out"
  # Warm-up and output check: the tool must exit 0 and write at least N HTML pages.
  rm -rf "$out"
  local rc=0
  "${CMD[@]}" > "$logf" 2>&1 || rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    log "$tool @ $n: warm-up timed out after $TIMEOUT s"
    fail_row "$n" "$tool" "timed out after $TIMEOUT s (--timeout)"; rm -rf "$out"; return
  elif [ "$rc" != 0 ]; then
    log "$tool @ $n: exited $rc: $(log_tail "$logf")"
    fail_row "$n" "$tool" "exited $rc: $(log_tail "$logf")"; rm -rf "$out"; return
  fi
  pages="$( (find "$out" -name '*.html' 2>/dev/null || true) | wc -l)"
  if [ "$pages" -lt "$n" ]; then
    log "$tool @ $n: exited 0 but wrote $pages HTML pages (< $n)"
    fail_row "$n" "$tool" "exited 0 but wrote $pages HTML pages (expected >= $n)"; return
  fi
  log "$tool @ $n: warm-up ok ($pages HTML pages); $RUNS timed runs"
  for r in $(seq 1 "$RUNS"); do
    rm -rf "$out"
    sync
    rc=0
    timed "$logf" "${CMD[@]}" || rc=$?
    if [ "$rc" = 0 ]; then
      printf '%s\t%s\t%s\tok\t%s\t%s\t%s\t%s\t\n' \
        "$n" "$tool" "$r" "$WALL" "$CPU_USER" "$CPU_SYS" "$RSS_KIB" >> "$RAW"
    elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
      log "$tool @ $n: run $r timed out after $TIMEOUT s; skipping its other runs"
      printf '%s\t%s\t%s\tfailed\t\t\t\t\trun %s timed out after %s s\n' \
        "$n" "$tool" "$r" "$r" "$TIMEOUT" >> "$RAW"
      break
    else
      log "$tool @ $n: run $r exited $rc: $(log_tail "$logf")"
      printf '%s\t%s\t%s\tfailed\t\t\t\t\trun %s exited %s: %s\n' \
        "$n" "$tool" "$r" "$r" "$rc" "$(log_tail "$logf")" >> "$RAW"
    fi
  done
  rm -rf "$out"
}

for n in "${SIZE_LIST[@]}"; do
  for tool in report-site hugo jbake; do
    has_tool "$tool" || continue
    if [ "$tool" = jbake ] && [ "$n" -gt "$JBAKE_MAX" ]; then continue; fi
    case "$tool" in
      report-site)
        [ "$RS_READY" = 1 ] || { fail_row "$n" "$tool" "target/report-site.jar missing (mvn package failed)"; continue; } ;;
      hugo)
        command -v hugo >/dev/null || { fail_row "$n" "$tool" "hugo not installed"; continue; } ;;
      jbake)
        [ -f "$JBAKE_LIB/jbake-core-2.7.0.jar" ] || { fail_row "$n" "$tool" "JBake jars missing"; continue; } ;;
    esac
    bench_one "$tool" "$n"
  done
done

busy_after="$(cpu_busy_pct)"
{
  echo "Benchmark $STAMP — $(nproc) cores, $(uname -sr); $RUNS timed runs per cell; medians."
  printf 'Tools: %s' "$("$JAVA" -version 2>&1 | head -n 1)"
  if command -v hugo >/dev/null; then printf '; %s' "$(hugo version | cut -d' ' -f1-2)"; fi
  printf '; JBake 2.7.0\n'
  echo "Sites written under $OUT_BASE ($(stat -f -c %T "$OUT_BASE"))."
  if [ -n "$RS_JVM_FLAGS" ]; then echo "report-site JVM flags: $RS_JVM_FLAGS"; fi
  # Other work on the machine inflates wall times first; CPU times suffer less.
  echo "Other work on the machine (CPU busy over 1 s while the bench was idle): ${BUSY_BEFORE}% before, ${busy_after}% after."
  if awk -v a="$BUSY_BEFORE" -v b="$busy_after" 'BEGIN { exit !(a + 0 > 15 || b + 0 > 15) }'; then
    echo "Warning: the machine was busy with other work; wall times are unreliable, compare cpu s."
  fi
  echo
  python3 "$BENCH/summarize.py" "$RAW"
} | tee "$TABLE"
log "raw runs: $RAW"
log "table:    $TABLE"
