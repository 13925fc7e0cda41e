package org.reportcycle.bench;

/**
 * The sizes of a benchmark run, from {@code -Dbench.scale=small|full} (small by default); each size may be
 * overridden: {@code -Dbench.units}, {@code -Dbench.history.years}, {@code -Dbench.s2.reports},
 * {@code -Dbench.runs}, {@code -Dbench.samples}.
 *
 * @param units         reporting units (every one gets a running report in S1)
 * @param historyYears  past years of published reports per unit (5 × units = the historical reports)
 * @param s2Reports     reports driven through every step in each S2 run (per thread count); small scale: 300, so
 *                      the runs drive 1,800 of the 2,000 reports docs/BENCHMARKS.md asks for (at 60 a 4-thread run
 *                      lasted 3 s and its ratio moved by a fifth between runs of the same code)
 * @param runs          measured runs of each scenario after the warm-up
 * @param samples       queries per run for the latency scenarios (S3, S4)
 */
record BenchScale(String name, int units, int historyYears, int s2Reports, int runs, int samples) {

    static BenchScale fromSystem() {
        String name = System.getProperty("bench.scale", "small").trim();
        BenchScale base = "full".equalsIgnoreCase(name)
                ? new BenchScale("full", 20_000, 5, 500, 3, 50)
                : new BenchScale("small", 2_000, 5, 300, 3, 30);
        return new BenchScale(
                base.name(),
                Integer.getInteger("bench.units", base.units()),
                Integer.getInteger("bench.history.years", base.historyYears()),
                Integer.getInteger("bench.s2.reports", base.s2Reports()),
                Math.max(3, Integer.getInteger("bench.runs", base.runs())),
                Integer.getInteger("bench.samples", base.samples()));
    }

    int historicalReports() {
        return units * historyYears;
    }
}
