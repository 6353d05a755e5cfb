package org.optimusmotion.physics.io.keypoints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;

/** JSON parsing with messages that name the file and line. */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    static JsonNode read(Path file) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(InputFiles.bytes(file));
            if (node == null || node.isMissingNode()) {
                throw MotionFormatException.inFile(file, "empty JSON file");
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? MotionFormatException.UNKNOWN : e.getLocation().getLineNr();
            String problem = "invalid JSON: " + e.getOriginalMessage();
            throw line > 0 ? MotionFormatException.atLine(file, line, problem) : MotionFormatException.inFile(file, problem);
        }
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
