#!/usr/bin/env bash
# How fast the editing loop is, on a copy of the repo's example (issue 7).
#
#   bash bench/incremental.sh              # 5 runs of each
#   bash bench/incremental.sh --runs 9 --warm-up 0
#   bash bench/incremental.sh --serve-only     # the editing loop alone, without the builds
#
# Prints the median of K runs of:
#   cold build       a new JVM, a new output folder and no cache: everything is rendered
#   no-change build  a new JVM, building again what was just built: the up-to-date check
#   serve: page      from saving a page to the reload event reaching an open tab
#   serve: figure    from saving metrics.yaml to the reload event, which comes once the
#                    re-rendered pages and the charts' data are in the output folder (checked),
#                    and to the redrawn image of one of its charts, asked for after the reload as
#                    a reloaded tab does (the server holds it until it is drawn)
# The serve figures come from one `serve --port 0` process; its first build is not counted, nor
# are the first WARM (default 5) edits of each kind, which run while its code is compiled.
# Environment: JAVA, RS_JVM_FLAGS, RS_JAR (see bench/lib.sh), RS_EXAMPLE. Needs python3 (the event-stream client).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

RUNS=5
WARM=5
BUILDS=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#*=}"; shift ;;
    --warm-up) WARM="$2"; shift 2 ;;
    --serve-only) BUILDS=no; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "incremental.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "incremental.sh: --runs needs a positive integer" >&2; exit 2 ;; esac
case "$WARM" in ""|*[!0-9]*) echo "incremental.sh: --warm-up needs a whole number" >&2; exit 2 ;; esac
command -v python3 >/dev/null || { echo "incremental.sh: needs python3" >&2; exit 1; }
ensure_report_site_jar || { echo "incremental.sh: no target/report-site.jar" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/report-site-incremental.XXXXXX")"
SERVE_PID=""
cleanup() {
  if [ -n "$SERVE_PID" ]; then kill -TERM "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
snapshot_report_site "$WORK"
# RS_EXAMPLE=DIR takes content/ and templates/ from DIR instead (an earlier commit's, for its jar).
EXAMPLE="${RS_EXAMPLE:-$ROOT}"
cp -r "$EXAMPLE/content" "$WORK/content"
cp -r "$EXAMPLE/templates" "$WORK/templates"
IN=(--content "$WORK/content" --templates "$WORK/templates")

ms_now() { date +%s%N | cut -c1-13; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# One untimed build warms the OS file cache (and bin/report-site's class-data archive).
report_site build "${IN[@]}" --out "$WORK/warm/site" > "$WORK/log.txt" 2>&1

: > "$WORK/cold.txt"; : > "$WORK/again.txt"
for r in $(seq 1 "$RUNS"); do
  [ "$BUILDS" = yes ] || break
  out="$WORK/cold-$r/site"          # its cache goes beside it, in cold-$r/.cache: new each run
  t0=$(ms_now); report_site build "${IN[@]}" --out "$out" > "$WORK/log.txt" 2>&1; t1=$(ms_now)
  echo $((t1 - t0)) >> "$WORK/cold.txt"
  t0=$(ms_now); report_site build "${IN[@]}" --out "$out" > "$WORK/log.txt" 2>&1; t1=$(ms_now)
  grep -q "(nothing changed)" "$WORK/log.txt" || { log "the rebuild was not skipped: $(cat "$WORK/log.txt")"; exit 1; }
  echo $((t1 - t0)) >> "$WORK/again.txt"
done

# Started directly, not through the report_site function, so that $! is the JVM itself.
"${RS_ARGV[@]}" serve "${IN[@]}" --out "$WORK/serve/site" --port 0 > "$WORK/serve.txt" 2>&1 &
SERVE_PID=$!
url=""
for _ in $(seq 1 600); do
  url=$(sed -n 's/^serving .* at \(http:[^ ]*\) .*/\1/p' "$WORK/serve.txt")
  [ -n "$url" ] && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.txt" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { log "serve printed no URL"; exit 1; }

python3 - "$url" "$WORK" "$RUNS" "$WARM" <<'PY' > "$WORK/serve-times.txt"
import http.client, pathlib, sys, time, urllib.parse
url, work, runs, warm = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
u = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
conn.request("GET", "/__reload", headers={"Accept": "text/event-stream"})
events = conn.getresponse()

def next_event():
    name, data = None, []
    while True:
        line = events.readline().decode("utf-8")
        if not line:
            sys.exit("the event stream closed")
        line = line.rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            data.append(line[6:])
        elif line == "" and name:
            return name, "\n".join(data)

def fetch(path):
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    c.request("GET", path)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body

def timed_edit(path, edit, image=None):
    """Milliseconds from the save to the reload event, and (image=PATH) to that image served after it."""
    text = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    path.write_text(edit(text), encoding="utf-8")
    name, data = next_event()
    took = (time.perf_counter() - start) * 1000
    if name != "reload":
        sys.exit("the rebuild failed:\n" + data)
    drawn = None
    if image:
        # What a reloaded tab waits for: a server that draws an edit's images after its pages holds
        # the request until the image is drawn (an earlier version drew them before the reload).
        status, body = fetch(image)
        drawn = (time.perf_counter() - start) * 1000
        if status != 200 or body != (site / image.lstrip("/")).read_bytes():
            sys.exit(f"{image}: {status}, not the image in the output folder")
    time.sleep(0.3)  # let the watcher settle before the next edit
    return took, drawn

content, site = work / "content", work / "serve" / "site"
page = content / "models.md"
# The first WARM edits of each kind are not counted: a preview server runs for hours, and its
# rebuilds are measured once its code is compiled (they are printed, as "warm-up").
for i in range(-warm, runs):
    ms, _ = timed_edit(page, lambda t: t + f"\nA sentence added by the bench, number {i}.\n")
    assert f"number {i}." in (site / "models.html").read_text(encoding="utf-8")
    print(f"{'page' if i >= 0 else 'page-warm-up'}\t{ms:.0f}")
metrics = content / "metrics.yaml"
old = "{entity: google, metric: capex, period: 2025-Q3, value: 24.0,"
assert old in metrics.read_text(encoding="utf-8"), "the example changed: " + old
# Small revisions: the report's checked words ("a similar pace" beside Alibaba's +80%) hold for
# them (23.41 to 24.29; from 24.59 on, Google's growth is no longer "a similar pace"), so that
# every edit is a build that succeeds. 80 values, each new to the server for the first 80 edits
# (a value it has built before would come from its cache), none with a trailing zero (the chart's
# CSV file writes 23.5 for 23.50).
values = [f"{x / 100:.2f}" for x in range(2341, 2430) if x % 10 != 0]
for k in range(warm + runs):
    value = values[k % len(values)]
    previous = old if k == 0 else old.replace("24.0,", f"{values[(k - 1) % len(values)]},")
    ms, drawn = timed_edit(metrics, lambda t: t.replace(previous, old.replace("24.0,", f"{value},")),
                           image="/charts/capex-quarterly@2x.png")
    assert f",2025-Q3,{value}," in (site / "charts" / "capex-quarterly.csv").read_text(encoding="utf-8"), "chart rewritten"
    assert f"US${value} bn" in (site / "compare.html").read_text(encoding="utf-8"), "page rewritten"
    print(f"{'figure' if k >= warm else 'figure-warm-up'}\t{ms:.0f}")
    print(f"{'images' if k >= warm else 'images-warm-up'}\t{drawn:.0f}")
PY

# SIGTERM runs the same shutdown hook as Ctrl-C (a background job of a script ignores SIGINT).
kill -TERM "$SERVE_PID"; wait "$SERVE_PID" || true; SERVE_PID=""
grep -q "^stopped$" "$WORK/serve.txt" || log "serve did not say it stopped: $(tail -n 3 "$WORK/serve.txt")"

echo "report-site editing loop, example site, median of $RUNS runs"
echo
echo "| what | median | runs (ms) |"
echo "|---|---:|---|"
if [ "$BUILDS" = yes ]; then
  printf '| cold build (new JVM, empty output, no cache) | %s ms | %s |\n' "$(median < "$WORK/cold.txt")" "$(paste -sd' ' "$WORK/cold.txt")"
  printf '| no-change build (new JVM) | %s ms | %s |\n' "$(median < "$WORK/again.txt")" "$(paste -sd' ' "$WORK/again.txt")"
fi
for kind in page-warm-up page figure-warm-up figure images; do
  label="serve: page edit → reload event"
  [ "$kind" = figure ] && label="serve: figure edit → pages and chart data rewritten, reload event"
  [ "$kind" = images ] && label="serve: figure edit → the redrawn chart image served (capex-quarterly@2x.png)"
  [ "$kind" = page-warm-up ] && label="(not counted: the first $WARM page edits)"
  [ "$kind" = figure-warm-up ] && label="(not counted: the first $WARM figure edits)"
  [ "$WARM" = 0 ] && case "$kind" in *warm-up) continue ;; esac
  awk -v k="$kind" -F'\t' '$1 == k { print $2 }' "$WORK/serve-times.txt" > "$WORK/$kind.txt"
  printf '| %s | %s ms | %s |\n' "$label" "$(median < "$WORK/$kind.txt")" "$(paste -sd' ' "$WORK/$kind.txt")"
done
