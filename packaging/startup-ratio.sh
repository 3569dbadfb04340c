#!/usr/bin/env bash
# How long the installed app takes to show a map's window, against `java -jar` of the same jar
# with the JDK on the PATH, launched in turn so both share the machine's load. Needs a display
# (e.g. `Xvfb :56 &` and DISPLAY=:56), xdotool and bc, and the .deb installed.
# Usage: packaging/startup-ratio.sh MAP.cjm [ROUNDS]   (the map's file name must be unique among windows)
set -euo pipefail
map=$1
rounds=${2:-6}
name=$(basename "$map")

seconds_to_window() {
  while xdotool search --name "$name" >/dev/null 2>&1; do sleep 0.2; done
  local start end pid
  start=$(date +%s.%N)
  "$@" "$map" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name "$name" >/dev/null 2>&1; do sleep 0.05; done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$end - $start" | bc
}

image=(); jar=()
for _ in $(seq 1 "$rounds"); do
  image+=("$(seconds_to_window /opt/touchmap/bin/touchmap)")
  jar+=("$(seconds_to_window java -jar /opt/touchmap/lib/app/touchmap.jar)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
mi=$(median "${image[@]}"); mj=$(median "${jar[@]}")
echo "installed app: ${image[*]} s, median $mi s"
echo "java -jar:     ${jar[*]} s, median $mj s"
echo "ratio of medians: $(echo "scale=2; $mi / $mj" | bc)× (target ≤ 1.3×)"
