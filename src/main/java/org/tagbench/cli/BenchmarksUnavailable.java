package org.tagbench.cli;

import java.lang.reflect.Constructor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code tagbench bench}: the benchmarks live in their own source set (src/bench/java) so that the installed
 * application holds none of them. From a checkout, ./tagbench puts them on the class path and the real command is
 * found by name; an installed application gets this stand-in, which says where the benchmarks are.
 */
@Command(name = "bench", description = "Benchmarks: run them from a source checkout (./tagbench bench ...); "
        + "the installed application holds none.")
final class BenchmarksUnavailable implements Callable<Integer> {
    /** The benchmark command's class, looked up by name: product code must not depend on the benchmark source set. */
    static final String BENCH_COMMAND = "org.tagbench.cli.BenchCommand";

    @Unmatched
    java.util.List<String> ignored;

    static Object benchCommand() {
        try {
            Constructor<?> constructor = Class.forName(BENCH_COMMAND).getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ClassNotFoundException notOnClassPath) {
            return new BenchmarksUnavailable();
        } catch (ReflectiveOperationException broken) {
            throw new IllegalStateException("cannot create " + BENCH_COMMAND + ": " + broken, broken);
        }
    }

    @Override
    public Integer call() {
        System.err.println("tagbench bench: the benchmarks are not part of the installed application; run them from a "
                + "source checkout with ./tagbench bench ... (README, \"Measured\")");
        return ExitCodes.ERROR;
    }
}
