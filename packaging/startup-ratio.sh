#!/usr/bin/env bash
# How long the editor takes from launch to its first painted frame with a map drawn, against a
# minimal JavaFX window (one label) in the same run. The subjects are launched in turn, round after
# round, so they share the machine's load; each reports its first frame through the startup probe
# (touchmap.firstFrame <µs since the epoch>), and the time is taken from the moment it is launched.
#
# Subjects: the minimal window, `java -jar target/touchmap.jar MAP`, and the installed app
# (/opt/touchmap/bin/touchmap MAP) when it is installed.
# Needs a display (e.g. `Xvfb :56 -screen 0 1600x1000x24 &` and DISPLAY=:56), bc, and
# `mvn -q package -DskipTests test-compile` run before (the minimal window is a test class).
# Usage: packaging/startup-ratio.sh MAP.cjm [ROUNDS]
set -euo pipefail
map=$(realpath "$1")
rounds=${2:-6}
cd "$(dirname "$0")/.."
jar=target/touchmap.jar
installed=${TOUCHMAP_INSTALLED:-/opt/touchmap/bin/touchmap}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# Milliseconds from launching "$@" to the first frame it reports; the process is then stopped.
millis_to_first_frame() {
  local out start line pid
  out=$(mktemp)
  start=$(date +%s%6N)
  JAVA_TOOL_OPTIONS="-Dtouchmap.startupProbe=true -Duser.home=$home" "$@" >"$out" 2>/dev/null &
  pid=$!
  for _ in $(seq 1 1200); do
    line=$(grep -m1 '^touchmap.firstFrame ' "$out" || true)
    [[ -n $line ]] && break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$out"
  if [[ -z $line ]]; then echo "no first frame within 60 s: $*" >&2; exit 1; fi
  echo $(( (${line#touchmap.firstFrame } - start) / 1000 ))
}

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

minimal=(); byjar=(); byapp=()
for round in $(seq 1 "$rounds"); do
  minimal+=("$(millis_to_first_frame java -cp "$jar:target/test-classes" 'org.touchmap.bench.MinimalWindow$Main')")
  byjar+=("$(millis_to_first_frame java -jar "$jar" "$map")")
  if [[ -x $installed ]]; then
    byapp+=("$(millis_to_first_frame "$installed" "$map")")
  fi
  echo "round $round: minimal ${minimal[-1]} ms, java -jar ${byjar[-1]} ms${byapp:+, installed ${byapp[-1]} ms}" >&2
done

mm=$(median "${minimal[@]}"); mj=$(median "${byjar[@]}")
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds, map $(basename "$map")"
echo "minimal window: ${minimal[*]} ms, median $mm ms"
echo "java -jar:      ${byjar[*]} ms, median $mj ms, ratio $(echo "scale=2; $mj / $mm" | bc)×"
if ((${#byapp[@]})); then
  ma=$(median "${byapp[@]}")
  echo "installed app:  ${byapp[*]} ms, median $ma ms, ratio $(echo "scale=2; $ma / $mm" | bc)×"
fi
echo "target: ≤ 1.5× the minimal window"
