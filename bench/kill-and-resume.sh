#!/usr/bin/env bash
# A bill run killed halfway (kill -9 of the JVM, as in a crash) and resumed by a new process ends
# with exactly one bill per unit, fee item and period, one money effect per bill and rollups equal
# to a recomputation from the bills. README, "Benchmarks". Not part of ./mvnw verify.
#
#   bench/kill-and-resume.sh            # 100,000 units (50,000 in the community billed)
#
# Settings as for bench/bill-run.sh: BENCH_PGHOST, BENCH_PGPORT, BENCH_PGUSER, BENCH_HEAP,
# BENCH_BATCH, BENCH_MVN_FLAGS, BENCH_SKIP_BUILD; BENCH_UNITS (100000).
set -euo pipefail
cd "$(dirname "$0")/.."

host=${BENCH_PGHOST:-127.0.0.1}
port=${BENCH_PGPORT:-5432}
user=${BENCH_PGUSER:-postgres}
units=${BENCH_UNITS:-100000}
heap=${BENCH_HEAP:-256m}
batch=${BENCH_BATCH:-2000}
db="collection_bench_kill"
stale=10

if [ "${BENCH_SKIP_BUILD:-false}" != true ]; then
  echo "Building the benchmark (./mvnw -Pbench install -DskipTests) ..."
  ./mvnw -q -B ${BENCH_MVN_FLAGS:-} -Pbench install -DskipTests
fi
jar=bench/target/collection-bench.jar
mkdir -p bench/target
log=bench/target/kill-and-resume.log

sql() {
  psql -X -q -tA -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" "$@"
}
bench() {
  exec java -Xmx"${heap}" -jar "$jar" \
    --spring.datasource.url="jdbc:postgresql://${host}:${port}/${db}?reWriteBatchedInserts=true" \
    --spring.datasource.username="$user" --spring.datasource.password="${PGPASSWORD:-}" \
    --bench.units="$units" --collection.billing.batch-size="$batch" \
    --collection.billing.stale-after="${stale}s" \
    --logging.level.root=WARN --spring.main.banner-mode=off "$@"
}

sql -d postgres -c "DROP DATABASE IF EXISTS ${db}" -c "CREATE DATABASE ${db}"
echo "1. Billing the first community of a ${units}-unit company; killing the JVM halfway ..." | tee "$log"
bench --bench.mode=kill-start >> "$log" 2>&1 &
pid=$!
while :; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the run ended before it could be killed; see $log" >&2
    exit 1
  fi
  done_total=$(sql -d "$db" -c "SELECT units_done || ' ' || units_total FROM bill_run WHERE status = 'RUNNING'" 2>/dev/null || true)
  if [ -n "$done_total" ]; then
    set -- $done_total
    if [ "$1" -gt 0 ] && [ "$1" -ge $(( $2 / 2 )) ]; then
      break
    fi
  fi
  sleep 0.2
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
echo "   killed (kill -9) at: $(sql -d "$db" -c "SELECT 'run ' || id || ' ' || status || ', ' || units_done || ' of ' || units_total || ' units, ' || bills_written || ' bills recorded' FROM bill_run")" | tee -a "$log"
echo "   bills in the table: $(sql -d "$db" -c "SELECT COUNT(*) FROM bill") (the batch being written when killed was rolled back whole)" | tee -a "$log"
consistent=$(sql -d "$db" -c "SELECT COUNT(*) FROM bill b JOIN bill_run r ON r.id = b.run_id WHERE b.unit_id > r.last_unit_id")
echo "   bills beyond the run's last committed unit: ${consistent}" | tee -a "$log"

echo "2. Waiting ${stale} s for the run to count as stale (collection.billing.stale-after=${stale}s), then resuming it in a new JVM ..." | tee -a "$log"
sleep $(( stale + 1 ))
bench --bench.mode=kill-resume 2>&1 | tee -a "$log"
status=${PIPESTATUS[0]}
[ "$consistent" = 0 ] || { echo "FAIL: bills beyond the last committed unit" | tee -a "$log"; exit 1; }
exit "$status"
