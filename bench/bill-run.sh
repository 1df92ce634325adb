#!/usr/bin/env bash
# The company-scale bill-run benchmark (README, "Benchmarks"). Not part of ./mvnw verify.
#
# For each size (units) it creates a fresh PostgreSQL database collection_bench_<size>, fills it
# with the demo company, gives every community two per-m² monthly fee items, and times the raw
# INSERT ... SELECT of the month's bills into an equal copy of the bill table against the bill run
# through RunBilling (bills, money effects, rollups), with the same, small heap at every size.
#
#   bench/bill-run.sh                          # 100,000 and 1,000,000 units
#   BENCH_SIZES=1000000 bench/bill-run.sh      # one size
#   BENCH_REUSE=true bench/bill-run.sh         # keep the generated estates, only bill again
#
# Needs a JDK 17, PostgreSQL 15+ and its psql client. Settings (environment):
#   BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), PGPASSWORD if needed,
#   BENCH_HEAP (256m: -Xmx of the benchmark JVM), BENCH_BATCH (2000 units per batch),
#   BENCH_MVN_FLAGS (e.g. -o to build offline, or -Dmaven.repo.local=DIR to install into a
#   private repository), BENCH_SKIP_BUILD=true to use the last build, BENCH_DB_PREFIX
#   (collection_bench: the databases are <prefix>_<size>),
#   BENCH_ARGS (more options for the benchmark, e.g. --bench.raw-without-foreign-keys=false).
set -euo pipefail
cd "$(dirname "$0")/.."

host=${BENCH_PGHOST:-127.0.0.1}
port=${BENCH_PGPORT:-5432}
user=${BENCH_PGUSER:-postgres}
sizes=${BENCH_SIZES:-100000 1000000}
heap=${BENCH_HEAP:-256m}
batch=${BENCH_BATCH:-2000}
reuse=${BENCH_REUSE:-false}
prefix=${BENCH_DB_PREFIX:-collection_bench}

if [ "${BENCH_SKIP_BUILD:-false}" != true ]; then
  echo "Building the benchmark (./mvnw -Pbench install -DskipTests) ..."
  ./mvnw -q -B ${BENCH_MVN_FLAGS:-} -Pbench install -DskipTests
fi
jar=bench/target/collection-bench.jar
mkdir -p bench/target

psql_admin() {
  psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres "$@"
}

for size in $sizes; do
  db="${prefix}_${size}"
  exists=$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '${db}'")
  if [ "$reuse" != true ] || [ -z "$exists" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS ${db}" -c "CREATE DATABASE ${db}"
  fi
  log="bench/target/bill-run-${size}.log"
  echo
  echo "=== ${size} units: database ${db}, -Xmx${heap}, log ${log}"
  java -Xmx"${heap}" -jar "$jar" \
    --spring.datasource.url="jdbc:postgresql://${host}:${port}/${db}?reWriteBatchedInserts=true" \
    --spring.datasource.username="$user" --spring.datasource.password="${PGPASSWORD:-}" \
    --bench.units="$size" --collection.billing.batch-size="$batch" \
    --logging.level.root=WARN --spring.main.banner-mode=off ${BENCH_ARGS:-} 2>&1 | tee "$log"
done

echo
echo "Summary:"
for size in $sizes; do
  grep -h '^RESULT' "bench/target/bill-run-${size}.log" || echo "no result for ${size} units"
done
