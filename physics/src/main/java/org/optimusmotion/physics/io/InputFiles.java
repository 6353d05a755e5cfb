package org.optimusmotion.physics.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the whole of an input file the user named, so that every way it can fail says which file and
 * why: not there, a folder, not readable, not text in the expected encoding. Without this the JDK's
 * messages reach the user as "Is a directory" or "Input length = 1", with no file name.
 */
public final class InputFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InputFiles() {
    }

    /** The file's lines in {@code charset}. */
    public static List<String> lines(Path file, Charset charset) throws MotionFormatException {
        requireRegularFile(file);
        try {
            return Files.readAllLines(file, charset);
        } catch (CharacterCodingException e) {
            throw MotionFormatException.inFile(file, "is not " + charset.name() + " text (a binary file?)");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The file's bytes. */
    public static byte[] bytes(Path file) throws MotionFormatException {
        requireRegularFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Fails unless {@code file} exists and is not a folder. */
    public static void requireRegularFile(Path file) throws MotionFormatException {
        if (Files.isDirectory(file)) {
            throw MotionFormatException.inFile(file, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw MotionFormatException.inFile(file, "file not found");
        }
    }

    /**
     * The whole of a JSON input file; a parse error names the file and line, in words for a person (Jackson's
     * advice to enable parser features is dropped: "NaN" is simply not a JSON number).
     */
    public static JsonNode json(Path file) throws MotionFormatException {
        byte[] bytes = bytes(file);
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw MotionFormatException.inFile(file, "empty JSON file");
            }
            return node;
        } catch (JsonProcessingException e) {
            String problem = "invalid JSON: " + e.getOriginalMessage().replaceAll(": enable `[^`]*` to allow.*", "")
                    + (e.getOriginalMessage().contains("Non-standard token") ? " (JSON numbers have no NaN or Infinity)" : "");
            int line = e.getLocation() == null ? MotionFormatException.UNKNOWN : e.getLocation().getLineNr();
            throw line > 0 ? MotionFormatException.atLine(file, line, problem) : MotionFormatException.inFile(file, problem);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Why {@code file} could not be read, as a message that names it. */
    public static MotionFormatException unreadable(Path file, IOException e) {
        if (e instanceof MotionFormatException m) {
            return m;
        }
        if (e instanceof NoSuchFileException) {
            return MotionFormatException.inFile(file, "file not found");
        }
        if (e instanceof AccessDeniedException) {
            return MotionFormatException.inFile(file, "cannot be read (permission denied)");
        }
        return MotionFormatException.inFile(file, "cannot be read: " + e.getMessage());
    }
}
