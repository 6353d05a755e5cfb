package org.optimusmotion.optimizer.meta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.optimusmotion.optimizer.io.AtomicFiles;

/** The validation history of a meta-training run and its best score; persisted as a small CSV. Mutable. */
final class BestTracker {

    private static final String HEADER = "outer_step,validation_score";

    private final List<Long> steps = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();
    private double bestScore = Double.POSITIVE_INFINITY;

    /** The history in {@code csv} if it exists (a resumed run), else an empty one. */
    static BestTracker resume(Path csv) throws IOException {
        BestTracker t = new BestTracker();
        if (!Files.exists(csv)) {
            return t;
        }
        List<String> lines = Files.readAllLines(csv);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(",");
            try {
                t.offer(Long.parseLong(parts[0]), Double.parseDouble(parts[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException(csv + " line " + (i + 1) + ": expected 'step,score', found '" + line + "'", e);
            }
        }
        return t;
    }

    /** Records a score; true when it is strictly the best so far. */
    boolean offer(long step, double score) {
        steps.add(step);
        scores.add(score);
        if (score < bestScore) {
            bestScore = score;
            return true;
        }
        return false;
    }

    boolean isEmpty() {
        return scores.isEmpty();
    }

    double bestScore() {
        return bestScore;
    }

    void writeCsv(Path csv) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < scores.size(); i++) {
            sb.append(steps.get(i)).append(',').append(String.format(Locale.ROOT, "%.6f", scores.get(i))).append('\n');
        }
        AtomicFiles.writeString(csv, sb.toString());
    }
}
