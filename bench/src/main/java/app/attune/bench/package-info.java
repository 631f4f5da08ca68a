/** The synthetic-data generator and the benchmarks of docs/performance.md; run through scripts/bench.sh. */
package app.attune.bench;
