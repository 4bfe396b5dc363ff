# shellcheck shell=bash disable=SC2034  # sets variables for the scripts that source it
# Shared by bench/run.sh and bench/check-speed.sh (sourced, not run).
# Holds the one place where report-site is launched, tool installs, and the timed run.

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
CACHE="$BENCH/.cache"
JAVA="${JAVA:-java}"
RS_JVM_FLAGS="${RS_JVM_FLAGS:-}"
RS_JAR="${RS_JAR:-$ROOT/target/report-site.jar}"   # another jar may be measured: RS_JAR=PATH

log() { printf '[bench] %s\n' "$*" >&2; }

# ---- the report-site launch, in one place ------------------------------------------------
# The repo's launcher bin/report-site if it exists, else plain `java -jar`. RS_JVM_FLAGS (e.g.
# CDS: -XX:SharedArchiveFile=...) reaches the JVM either way: the launcher gets it in JAVA_OPTS.
# RS_ARGV is the command as an argv array, so that /usr/bin/time can run it (a shell function
# can't be timed by it); report_site ARGS... runs it directly.
RS_HOME="$ROOT"   # where bin/report-site and target/report-site.jar are taken from
rs_argv() {
  if [ -x "$RS_HOME/bin/report-site" ]; then
    RS_ARGV=(env "JAVA_OPTS=${JAVA_OPTS:-} $RS_JVM_FLAGS" "$RS_HOME/bin/report-site")
  else
    # shellcheck disable=SC2206  # RS_JVM_FLAGS is a list of flags, split on spaces
    RS_ARGV=("$JAVA" $RS_JVM_FLAGS -jar "$RS_HOME/target/report-site.jar")
  fi
}
rs_argv
if [ -n "$RS_JVM_FLAGS" ] && [ -x "$ROOT/bin/report-site" ] && ! grep -q JAVA_OPTS "$ROOT/bin/report-site"; then
  log "warning: bin/report-site does not read JAVA_OPTS, so RS_JVM_FLAGS ($RS_JVM_FLAGS) is not applied"
fi
report_site() { "${RS_ARGV[@]}" "$@"; }

# snapshot_report_site DIR: from now on runs a copy of bin/report-site (if any) and of the jar,
# laid out as in the repo under DIR/report-site/, so that a `mvn package` during the bench
# can't swap the jar under a running JVM (which then fails with NoClassDefFoundError) or mix
# two builds in one table. The launcher finds the jar (and makes its CDS archive) beside it.
snapshot_report_site() {
  [ -f "$RS_JAR" ] || return 0
  local home="$1/report-site"
  mkdir -p "$home/target"
  cp "$RS_JAR" "$home/target/report-site.jar"
  if [ -x "$ROOT/bin/report-site" ]; then
    mkdir -p "$home/bin" && cp "$ROOT/bin/report-site" "$home/bin/report-site"
  fi
  RS_HOME="$home"
  rs_argv
}

# Builds target/report-site.jar when it is missing; returns non-zero if it is still missing.
ensure_report_site_jar() {
  if [ ! -f "$RS_JAR" ]; then
    log "target/report-site.jar missing: mvn -q -B package -DskipTests"
    (cd "$ROOT" && mvn -q -B package -DskipTests) || log "mvn package failed"
  fi
  [ -f "$RS_JAR" ]
}

# ---- installs (Debian packages) ------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  if ! command -v apt-get >/dev/null; then
    log "need $* but apt-get is missing: install it by hand"; return 1
  fi
  if [ "$APT_UPDATED" = 0 ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
ensure_gnu_time() { [ -x /usr/bin/time ] || { log "installing GNU time"; apt_install time; }; }

# cpu_busy_pct: share of CPU time (all cores) spent busy over the next second, from
# /proc/stat; called while this bench runs nothing, so it measures other work on the machine.
cpu_busy_pct() {
  local a b
  a="$(head -n 1 /proc/stat 2>/dev/null)" || { echo '?'; return; }
  sleep 1
  b="$(head -n 1 /proc/stat)"
  printf '%s\n%s\n' "$a" "$b" | awk '{ idle[NR] = $5 + $6; tot[NR] = 0; for (i = 2; i <= NF; i++) tot[NR] += $i }
    END { d = tot[2] - tot[1]; printf "%.0f", (d > 0 ? 100 * (1 - (idle[2] - idle[1]) / d) : 0) }'
}

# ---- one timed run -----------------------------------------------------------------------
# timed LOGFILE CMD...: runs CMD with its output in LOGFILE and sets WALL, CPU_USER, CPU_SYS
# (seconds) and RSS_KIB (peak resident set, KiB). Returns CMD's exit status.
# /usr/bin/time gives CPU and peak RSS; its wall clock (%e) has 10 ms steps, too coarse for
# Hugo at 100 pages, so the wall time comes from the ns clock around it (adds ~1 ms of fork).
timed() {
  local logf="$1"; shift
  local tf="$logf.time" t0 t1 rc=0
  t0="$(date +%s%N)"
  /usr/bin/time -o "$tf" -f '%e %U %S %M' "$@" > "$logf" 2>&1 || rc=$?
  t1="$(date +%s%N)"
  WALL="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')"
  # On failure time's file starts with "Command exited with non-zero status N".
  read -r _ CPU_USER CPU_SYS RSS_KIB < <(tail -n 1 "$tf")
  return "$rc"
}
