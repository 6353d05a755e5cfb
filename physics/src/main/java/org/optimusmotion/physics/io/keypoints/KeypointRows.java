package org.optimusmotion.physics.io.keypoints;

import java.nio.file.Path;
import java.util.List;

import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;

/**
 * The data rows of our "long" keypoint CSVs ({@link Keypoints2DCsv}, {@link Keypoints3DCsv}): one row per
 * (frame, keypoint) after the {@link CsvHeader}, in any order. Checks what both formats share (column
 * count, frame number, keypoint name, one row per frame and keypoint, the {@code # frames=} count) and
 * hands each row's values to the format.
 */
final class KeypointRows {

    /** One data row: {@code slot} = frame × {@link Keypoint#COUNT} + keypoint, {@code cells} as split. */
    @FunctionalInterface
    interface Visitor {
        void row(int line, int slot, String[] cells) throws MotionFormatException;
    }

    private final Path file;
    private final List<String> lines;
    private final CsvHeader header;
    private final int frames;

    private KeypointRows(Path file, List<String> lines, CsvHeader header, int frames) {
        this.file = file;
        this.lines = lines;
        this.header = header;
        this.frames = frames;
    }

    /**
     * The rows of {@code file} below its header; the frame count is {@code # frames=} when given (no row
     * may reach it), otherwise the largest frame + 1.
     */
    static KeypointRows of(Path file, List<String> lines, CsvHeader header) throws MotionFormatException {
        int declared = header.nonNegativeInt(file, "frames", -1);
        int maxFrame = -1;
        for (int i = header.headerLine + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank() && !l.startsWith("#")) {
                maxFrame = Math.max(maxFrame, CsvLines.integer(file, i + 1, CsvLines.split(l)[0], "frame"));
            }
        }
        if (declared >= 0 && maxFrame >= declared) {
            throw MotionFormatException.inFile(file, "rows reach frame " + maxFrame + " but '# frames=" + declared
                    + "' says there are " + declared + " frames");
        }
        return new KeypointRows(file, lines, header, declared >= 0 ? declared : maxFrame + 1);
    }

    int frameCount() {
        return frames;
    }

    /** Visits every data row, each (frame, keypoint) at most once, rows of {@code columns} (the header line) only. */
    void forEach(String columns, Visitor visitor) throws MotionFormatException {
        int expected = CsvLines.split(columns).length;
        boolean[] seen = new boolean[frames * Keypoint.COUNT];
        for (int i = header.headerLine + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = CsvLines.split(l);
            if (c.length != expected) {
                throw MotionFormatException.atLine(file, i + 1,
                        "expected " + expected + " values (" + columns + "), found " + c.length);
            }
            int f = CsvLines.integer(file, i + 1, c[0], "frame");
            if (f < 0) {
                throw MotionFormatException.atLine(file, i + 1, "negative frame " + f);
            }
            Keypoint kp = CsvHeader.keypoint(file, i + 1, c[1]);
            int slot = f * Keypoint.COUNT + kp.ordinal();
            if (seen[slot]) {
                throw MotionFormatException.atLine(file, i + 1, "second row for frame " + f + " " + kp.fileName());
            }
            seen[slot] = true;
            visitor.row(i + 1, slot, c);
        }
    }
}
