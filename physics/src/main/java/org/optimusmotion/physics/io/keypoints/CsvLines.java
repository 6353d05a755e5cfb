package org.optimusmotion.physics.io.keypoints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.io.MotionFormatException;

/** Small helpers for the comma-separated formats (no quoting: our CSVs hold names and numbers only). */
final class CsvLines {

    private CsvLines() {
    }


    static String[] split(String line) {
        return line.split(",", -1);
    }

    /** Non-blank lines after the header that are not {@code #} comments, split into cells. */
    static List<String[]> dataRows(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank() && !l.startsWith("#")) {
                rows.add(split(l));
            }
        }
        return rows;
    }

    static double number(Path file, int line, String cell, String column) throws MotionFormatException {
        double v;
        try {
            v = Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            throw MotionFormatException.atLine(file, line, column + ": not a number '" + cell + "'");
        }
        if (!Double.isFinite(v)) {
            throw MotionFormatException.atLine(file, line, column + ": non-finite value '" + cell + "'");
        }
        return v;
    }

    static int integer(Path file, int line, String cell, String column) throws MotionFormatException {
        try {
            return Integer.parseInt(cell.trim());
        } catch (NumberFormatException e) {
            throw MotionFormatException.atLine(file, line, column + ": not an integer '" + cell + "'");
        }
    }
}
