#!/usr/bin/env bash
# Generates the bench clinic and runs the benchmarks of docs/performance.md.
#   scripts/bench.sh generate            fill the database attune_bench afresh (drops it first; nothing else is touched)
#   scripts/bench.sh slots|booking|search|portal|memory|startup
#   scripts/bench.sh all                 every benchmark, one after the other
# The connection comes from PGHOST, PGPORT, PGUSER and PGPASSWORD (default 127.0.0.1:5432, postgres);
# ATTUNE_BENCH_DB names the database (default attune_bench), BENCH_RUNS the measured runs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

name="${1:-}"
case "$name" in
  generate) main=Generate ;;
  slots) main=SlotBench ;;
  booking) main=BookingBench ;;
  search) main=SearchBench ;;
  portal) main=PortalBench ;;
  memory) main=MemoryBench ;;
  startup) main=StartupBench ;;
  all) for b in slots booking search portal memory startup; do "$0" "$b"; done; exit 0 ;;
  *) sed -n '2,7p' "$0"; exit 2 ;;
esac

# The executable jar (the benchmarks that start the application run it), then the benchmarks' classes.
if [ "$name" != generate ] && { [ ! -f frontend/target/attune.jar ] || [ -n "${BENCH_BUILD:-}" ]; }; then
  ./mvnw -B -q -pl frontend -am package -DskipTests
fi
if [ ! -f bench/target/classpath.txt ] || [ -n "${BENCH_BUILD:-}" ] || [ -n "$(find bench/src bench/pom.xml -newer bench/target/classpath.txt -print -quit)" ]; then
  ./mvnw -B -q -Pbench -pl bench -am compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
  touch bench/target/classpath.txt
fi
exec "$java" -Xmx1g -Duser.timezone=UTC -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  "app.attune.bench.$main" "${@:2}"
