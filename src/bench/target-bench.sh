#!/usr/bin/env bash
# Benchmark: loading a workload into a live PostgreSQL with `datagen generate --target` versus
# `pg_restore -j N` of the equivalent custom dump (default ../shared/bench/shop.json, 9.1M rows).
#
#   bash src/bench/target-bench.sh [SCHEMA] [JOBS]          e.g. bash src/bench/target-bench.sh shop.json 2
#   RUNS=5 bash src/bench/target-bench.sh                    five runs of each load, alternating, medians compared
#
# Starts a throwaway server (as user postgres when run as root, since initdb refuses root) from
# $PGBIN, else the binaries the tests unpack (target/test-postgres/*/bin), else /usr/lib/postgresql/*/bin.
# Both loads go into fresh databases of the same server with the same settings. Prints wall time,
# rows/s and peak RSS of each step; the dump's own generation time is shown separately, because a
# user of pg_restore pays it too. With TARGET_BENCH_LOG=FILE the server logs every statement with its
# duration (log_min_duration_statement=0) and the log is copied to FILE.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
schema=${1:-$repo/../shared/bench/shop.json}
jobs=${2:-2}
runs=${RUNS:-1}
launcher=$repo/target/quarkus-app/datagen
[ -x "$launcher" ] || (cd "$repo" && ./mvnw -B -q package -DskipTests)
command -v /usr/bin/time >/dev/null || { echo "target-bench: needs GNU time (/usr/bin/time)" >&2; exit 2; }
command -v pg_restore >/dev/null || { echo "target-bench: needs pg_restore (apt-get install -y postgresql-client)" >&2; exit 2; }

bindir=${PGBIN:-}
if [ -z "$bindir" ]; then
  for candidate in "$repo"/target/test-postgres/*/bin /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/postgres" ] && { bindir=$candidate; break; }
  done
fi
[ -n "$bindir" ] || { echo "target-bench: no PostgreSQL server binaries; set PGBIN or run ./mvnw verify once" >&2; exit 2; }

work=$(mktemp -d)
chmod 755 "$work"
port=$((50000 + RANDOM % 10000))
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
cleanup() { [ -n "${TARGET_BENCH_LOG:-}" ] && cp "$work/server.log" "$TARGET_BENCH_LOG"; as_owner "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
as_owner "$bindir/initdb" -D "$work/data" -U postgres -A trust >/dev/null
as_owner "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-p $port -k $work -c listen_addresses=localhost -c max_wal_size=4GB${TARGET_BENCH_LOG:+ -c log_min_duration_statement=0 -c log_line_prefix=%m[%p]}" start >/dev/null
uri_for() { echo "postgresql://postgres@localhost:$port/$1"; }

rows_in() { # exact row count over every user table
  local query
  query=$(psql -At -d "$(uri_for "$1")" -c "SELECT 'SELECT ' || string_agg(format('(SELECT count(*) FROM %I.%I)', schemaname, relname), ' + ') FROM pg_stat_user_tables")
  psql -At -d "$(uri_for "$1")" -c "$query"
}
timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
  read -r wall rss <"$work/time"
  printf '%-34s %8.1f s %9d MB\n' "$label" "$wall" $((rss / 1024))
  echo "$wall"  >"$work/last-wall"
}

echo "server: $("$bindir/postgres" --version), client: $(pg_restore --version), -j $jobs, $(nproc) cores, $runs run(s)"
printf '%-34s %10s %12s\n' step wall peak_RSS
timed "datagen -F custom (the dump)" "$launcher" generate "$schema" --seed 1 -F custom -j "$jobs" -q -o "$work/workload.dump"

# Each load goes into a fresh database after a CHECKPOINT, so neither pays for writing out the other's
# pages; with several runs the order alternates and the medians are compared.
fresh() { psql -q -d "$(uri_for postgres)" -c 'SET client_min_messages = warning' -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" -c 'CHECKPOINT'; }
restore() { fresh via_restore; timed "pg_restore -j $jobs" pg_restore -j "$jobs" -d "$(uri_for via_restore)" "$work/workload.dump"; cat "$work/last-wall" >>"$work/restore-walls"; }
target() { fresh via_target; timed "datagen --target -j ${TARGET_JOBS:-$jobs}" "$launcher" generate "$schema" --seed 1 -j "${TARGET_JOBS:-$jobs}" -q --target "$(uri_for via_target)"; cat "$work/last-wall" >>"$work/target-walls"; }
for run in $(seq 1 "$runs"); do
  if [ $((run % 2)) = 1 ]; then restore; target; else target; restore; fi
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
restore_wall=$(median "$work/restore-walls")
target_wall=$(median "$work/target-walls")
rows=$(rows_in via_target)
echo "rows loaded: --target $rows, pg_restore $(rows_in via_restore)"
awk -v r="$rows" -v a="$restore_wall" -v b="$target_wall" -v n="$runs" 'BEGIN {
  printf "%s: pg_restore %.1f s (%.0f rows/s), --target %.1f s (%.0f rows/s): --target takes %.0f%% of pg_restore'"'"'s time\n",
    (n > 1 ? "medians" : "wall"), a, r / a, b, r / b, 100 * b / a }'
