#!/usr/bin/env bash
# Benchmark: generates a workload (default ../shared/bench/shop.json, 9.1M rows) in every format with
# -j 1 and -j 2, and prints wall time, rows/s, output size, MB/s and peak RSS per run.
#
#   bash src/bench/bench.sh [SCHEMA] [FORMAT ...]        e.g. bash src/bench/bench.sh shop.json custom-Z0
#
# Formats: custom-Z0 custom directory tar plain (all by default). Builds the app first if needed.
# "payload MB/s" divides the uncompressed COPY text (the custom -Z0 archive's size) by the wall time, so
# compressed formats are comparable; "out MB/s" is the bytes actually written. Runs the same launcher
# and JVM settings users get (target/quarkus-app/datagen; override with DATAGEN_JAVA_OPTS).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
schema=${1:-$repo/../shared/bench/shop.json}
shift || true
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(custom-Z0 custom directory tar plain)
launcher=$repo/target/quarkus-app/datagen
[ -x "$launcher" ] || (cd "$repo" && ./mvnw -B -q package -DskipTests)
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (/usr/bin/time): apt-get install -y time" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

args_for() {
  case $1 in
    custom-Z0) echo "-F custom -Z 0" ;;
    custom) echo "-F custom" ;;
    directory) echo "-F directory" ;;
    tar) echo "-F tar" ;;
    plain) echo "-F plain" ;;
    *) echo "bench: unknown format $1" >&2; exit 2 ;;
  esac
}

payload=""
printf '%-10s %3s %8s %12s %9s %10s %13s %9s\n' format -j wall_s rows/s out_MB out_MB/s payload_MB/s rss_MB
for format in "${formats[@]}"; do
  for jobs in 1 2; do
    target=$out/dump-$format-$jobs
    # shellcheck disable=SC2046
    /usr/bin/time -f '%e %M' -o "$out/time" "$launcher" generate "$schema" --seed 1 $(args_for "$format") -j "$jobs" \
      --progress none -o "$target" 2>"$out/log" || { cat "$out/log" "$out/time" >&2; exit 1; }
    read -r wall rss_kb <"$out/time"
    rows=$(sed -nE 's/.*\(([0-9]+) tables?, ([0-9]+) rows\).*/\2/p' "$out/log")
    bytes=$(du -sb "$target" | cut -f1)
    if [ "$format" = custom-Z0 ]; then payload=$bytes; fi
    awk -v f="$format" -v j="$jobs" -v w="$wall" -v r="$rows" -v b="$bytes" -v p="$payload" -v m="$rss_kb" 'BEGIN {
      printf "%-10s %3d %8.2f %12.0f %9.1f %10.1f %13s %9.0f\n", f, j, w, r / w, b / 1e6, b / 1e6 / w,
        (p == "" ? "-" : sprintf("%.1f", p / 1e6 / w)), m / 1024 }'
    rm -rf "$target"
  done
done
