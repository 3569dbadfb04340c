package org.touchmap.bench;

import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/** Runs JMH benchmarks with the settings of one group of {@code bench.*} properties, results by method name. */
final class JmhRuns {
    private static final int ITERATION_SECONDS = 2;

    private JmhRuns() {
    }

    /** Options for the benchmarks matched by {@code include}, from {@code bench.PREFIX.forks/warmup/iterations}. */
    static ChainedOptionsBuilder options(String prefix, String include) {
        return options(prefix, include, ITERATION_SECONDS);
    }

    /** The same with iterations of {@code seconds}, for operations that take a second or more. */
    static ChainedOptionsBuilder options(String prefix, String include, int seconds) {
        return new OptionsBuilder()
                .include(include)
                .forks(Integer.getInteger("bench." + prefix + ".forks", 1))
                .warmupIterations(Integer.getInteger("bench." + prefix + ".warmup", 3))
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(Integer.getInteger("bench." + prefix + ".iterations", 5))
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgs("-Xmx1g", "-Djava.awt.headless=true",
                        "-Dbench.output=" + System.getProperty("bench.output", "target/benchmarks"));
    }

    /** The sample statistics of each benchmark method that ran. */
    static Map<String, Statistics> run(ChainedOptionsBuilder options) throws RunnerException {
        Map<String, Statistics> byMethod = new HashMap<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getStatistics());
        }
        return byMethod;
    }
}
