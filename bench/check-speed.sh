#!/usr/bin/env bash
# Start-up speed of report-site on the repo's own example (issues 3 and 7).
#
#   bash bench/check-speed.sh              # 5 runs of each
#   bash bench/check-speed.sh --runs 9
#
# Times, from the repo root, K runs each of
#   check:  report-site check
#   build:  report-site build --content content --templates templates --out <new empty folder>
# Each run is a new JVM ("cold" here means a fresh process and an empty output folder; the
# OS file cache stays warm). One untimed run of each comes first (build, then check): it warms
# the file cache and lets bin/report-site make its class-data-sharing archive if it is stale.
# A build run counts only if it wrote some HTML. Prints medians of wall s, CPU s (user+sys)
# and peak RSS MiB; exits 1 if any run failed.
# Environment: RS_JVM_FLAGS (extra JVM flags, e.g. CDS), JAVA; CHECK_ARGS / BUILD_ARGS
# replace the arguments after `check` / before `--out` if the CLI changes.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#*=}"; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-speed.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "check-speed.sh: --runs needs a positive integer" >&2; exit 2 ;; esac

ensure_gnu_time
ensure_report_site_jar || { echo "check-speed.sh: no target/report-site.jar" >&2; exit 1; }
read -r -a CHECK_A <<< "${CHECK_ARGS:-}"
read -r -a BUILD_A <<< "${BUILD_ARGS:---clean --content content --templates templates}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/report-site-check-speed.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
snapshot_report_site "$WORK"
RAW="$WORK/runs.tsv"
: > "$RAW"
FAILED=0

cd "$ROOT"
report_site build "${BUILD_A[@]}" --out "$WORK/warm-up" > "$WORK/log.txt" 2>&1 || true
report_site check "${CHECK_A[@]}" > "$WORK/log.txt" 2>&1 || true
rm -rf "$WORK/warm-up"
for what in check build; do
  for r in $(seq 1 "$RUNS"); do
    out="$WORK/site-$r"
    if [ "$what" = check ]; then
      argv=("${RS_ARGV[@]}" check "${CHECK_A[@]}")
    else
      argv=("${RS_ARGV[@]}" build "${BUILD_A[@]}" --out "$out")
    fi
    if ! timed "$WORK/log.txt" "${argv[@]}"; then
      log "$what run $r exited non-zero: $(grep -v '^[[:space:]]*at ' "$WORK/log.txt" | tail -n 3 | tr '\n' ' ')"
      FAILED=1
    elif [ "$what" = build ] && [ -z "$(find "$out" -name '*.html' -print -quit 2>/dev/null)" ]; then
      log "build run $r exited 0 but wrote no HTML into its --out folder: not counted"
      FAILED=1
    else
      printf '%s\t%s\t%s\t%s\t%s\n' "$what" "$WALL" "$CPU_USER" "$CPU_SYS" "$RSS_KIB" >> "$RAW"
    fi
    rm -rf "$out"
  done
done

echo "report-site start-up, $(date -u +%Y-%m-%d), $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1); $RUNS runs each; medians."
if [ -n "$RS_JVM_FLAGS" ]; then echo "JVM flags: $RS_JVM_FLAGS"; fi
echo "Command: ${RS_ARGV[*]}"
echo
python3 - "$RAW" "$RUNS" <<'EOF'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
runs = int(sys.argv[2])
print("| command | ok runs | wall s | cpu s | peak RSS MiB |")
print("|---------|--------:|-------:|------:|-------------:|")
for what in ("check", "build"):
    ok = [r for r in rows if r[0] == what]
    if not ok:
        print(f"| {what} | 0/{runs} | failed | | |")
        continue
    wall = statistics.median(float(r[1]) for r in ok)
    cpu = statistics.median(float(r[2]) + float(r[3]) for r in ok)
    rss = statistics.median(int(r[4]) for r in ok) / 1024
    print(f"| {what} | {len(ok)}/{runs} | {wall:.3f} | {cpu:.2f} | {rss:.0f} |")
EOF
exit "$FAILED"
