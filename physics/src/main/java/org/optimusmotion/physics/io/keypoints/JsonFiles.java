package org.optimusmotion.physics.io.keypoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;

/** JSON parsing with messages that name the file and line. */
final class JsonFiles {


    private JsonFiles() {
    }

    static JsonNode read(Path file) throws IOException {
        return InputFiles.json(file);
    }

    /** A finite number, or a format error naming {@code what}. */
    static double number(Path file, JsonNode node, String what) throws MotionFormatException {
        if (node == null || !node.isNumber()) {
            throw MotionFormatException.inFile(file, what + ": expected a number, found "
                    + (node == null ? "nothing" : node.toString()));
        }
        double v = node.asDouble();
        if (!Double.isFinite(v)) {
            throw MotionFormatException.inFile(file, what + ": non-finite number");
        }
        return v;
    }
}
