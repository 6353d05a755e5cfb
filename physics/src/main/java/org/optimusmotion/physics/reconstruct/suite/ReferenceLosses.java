package org.optimusmotion.physics.reconstruct.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.io.AtomicFiles;

/**
 * The lowest loss a reference optimizer (BFGS) reaches on each suite window within a budget: the level a
 * learned optimizer is judged against (issue 7 counts the evaluations to reach BFGS's final loss). Used as
 * the "known minimum" of reconstruction meta-training tasks, so that the meta-loss measures the approach
 * to that level instead of the distance to zero, where the last few per cent are invisible.
 *
 * <p>Computing them costs one full optimization per window, so they are cached in a CSV file
 * ({@code window,reference_loss}) next to the training run and reused when every window is there.
 */
public final class ReferenceLosses {

    private static final String HEADER = "window,reference_loss";

    private ReferenceLosses() {
    }

    /**
     * The reference loss of every window, read from {@code cache} when it lists all of them, otherwise
     * computed on {@code threads} threads (deterministic: each window is an independent run) and written
     * to {@code cache} atomically.
     *
     * @param reference   optimizer to run (thread-safe: classic optimizers keep their state per run)
     * @param evaluations budget per window; the run does not stop early on stagnation
     */
    public static Map<String, Double> computeOrLoad(List<ReconstructionSuite.SuiteWindow> windows,
            Optimizer reference, long evaluations, int threads, Path cache, Consumer<String> log) throws IOException {
        Map<String, Double> cached = Files.isRegularFile(cache) ? read(cache) : Map.of();
        if (windows.stream().allMatch(w -> cached.containsKey(w.id()))) {
            log.accept("reference losses: read " + windows.size() + " from " + cache);
            return cached;
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Map<String, Double> out = new LinkedHashMap<>();
        try {
            List<Future<Double>> futures = new ArrayList<>();
            for (ReconstructionSuite.SuiteWindow w : windows) {
                futures.add(pool.submit(() -> new WindowBenchmark(List.of("reference"), List.of(reference),
                        evaluations, ConvergenceChecker.never()).run(w, () -> false).get(0).finalLoss()));
            }
            for (int i = 0; i < windows.size(); i++) {
                double loss = futures.get(i).get();
                if (!Double.isFinite(loss)) {
                    throw new IOException("reference optimizer gave a non-finite loss on window " + windows.get(i).id());
                }
                out.put(windows.get(i).id(), loss);
                if ((i + 1) % 10 == 0 || i + 1 == windows.size()) {
                    log.accept(String.format(Locale.ROOT, "reference losses: %d/%d windows (%.0f s)", i + 1,
                            windows.size(), (System.nanoTime() - t0) * 1e-9));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while computing reference losses", e);
        } catch (ExecutionException e) {
            throw new IOException("reference optimization failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        write(cache, out);
        return out;
    }

    /** Writes {@code window,reference_loss} rows atomically. */
    public static void write(Path file, Map<String, Double> losses) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        losses.forEach((id, loss) -> sb.append(id).append(',').append(Double.toString(loss)).append('\n'));
        AtomicFiles.writeString(file, sb.toString());
    }

    /** Reads a file written by {@link #write}; an {@link IOException} naming the file and line otherwise. */
    public static Map<String, Double> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new IOException(file + ": expected header '" + HEADER + "'");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            double v;
            try {
                v = comma < 0 ? Double.NaN : Double.parseDouble(line.substring(comma + 1));
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v) || v < 0) {
                throw new IOException(file + " line " + (i + 1) + ": expected 'window,loss' with a finite loss >= 0, got '"
                        + line + "'");
            }
            out.put(line.substring(0, comma), v);
        }
        return out;
    }
}
