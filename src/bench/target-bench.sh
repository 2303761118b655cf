#!/usr/bin/env bash
# Benchmark: loading a workload into a live PostgreSQL with `datagen generate --target` versus
# `pg_restore -j N` of the equivalent custom dump (default ../shared/bench/shop.json, 9.1M rows).
#
#   bash src/bench/target-bench.sh [SCHEMA] [JOBS]          e.g. bash src/bench/target-bench.sh shop.json 2
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
psql -q -d "$(uri_for postgres)" -c 'CREATE DATABASE via_restore' -c 'CREATE DATABASE via_target'

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

echo "server: $("$bindir/postgres" --version), client: $(pg_restore --version), -j $jobs, $(nproc) cores"
printf '%-34s %10s %12s\n' step wall peak_RSS
timed "datagen -F custom (the dump)" "$launcher" generate "$schema" --seed 1 -F custom -j "$jobs" -q -o "$work/workload.dump"
timed "pg_restore -j $jobs" pg_restore -j "$jobs" -d "$(uri_for via_restore)" "$work/workload.dump"
restore_wall=$(cat "$work/last-wall")
timed "datagen --target -j ${TARGET_JOBS:-$jobs}" "$launcher" generate "$schema" --seed 1 -j "${TARGET_JOBS:-$jobs}" -q --target "$(uri_for via_target)"
target_wall=$(cat "$work/last-wall")
rows=$(rows_in via_target)
echo "rows loaded: --target $rows, pg_restore $(rows_in via_restore)"
awk -v r="$rows" -v a="$restore_wall" -v b="$target_wall" 'BEGIN {
  printf "rows/s: pg_restore %.0f, --target %.0f (--target takes %.0f%% of pg_restore'"'"'s time)\n", r / a, r / b, 100 * b / a }'
