package org.optimusmotion.app.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds the bytes of a {@link PoseModel} and checks their SHA-256. Looks, in this order, in
 * {@code $OPTIMUS_MODELS_DIR/mediapipe-pose-0.5.1675469404/}, in
 * {@code ~/.cache/optimus-motion/models/mediapipe-pose-0.5.1675469404/}, where
 * {@code scripts/fetch-pose-models.sh} installs them from the npm registry (the project does not carry
 * the model files). Stateless.
 */
public final class PoseModelFiles {

    /** Folder name under a models directory. */
    public static final String FOLDER = "mediapipe-pose-0.5.1675469404";

    private PoseModelFiles() {
    }

    /**
     * The verified bytes of {@code model}.
     *
     * @throws ModelUnavailableException if no copy is found (the message says how to fetch it) or a copy
     *     has the wrong checksum
     */
    public static byte[] load(PoseModel model) throws ModelUnavailableException {
        for (Path dir : searchFolders()) {
            Path file = dir.resolve(model.fileName());
            if (Files.isRegularFile(file)) {
                try {
                    return verified(model, Files.readAllBytes(file), file.toString());
                } catch (IOException e) {
                    throw new ModelUnavailableException(file + ": cannot read the pose model: " + e.getMessage(), e);
                }
            }
        }
        throw new ModelUnavailableException("pose model '" + model.label() + "' (" + model.fileName() + ") not found in "
                + searchFolders() + "; fetch it with scripts/fetch-pose-models.sh (needs npm and network)");
    }

    /** The folders searched, in order. */
    static List<Path> searchFolders() {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv("OPTIMUS_MODELS_DIR");
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env, FOLDER));
        }
        String home = System.getProperty("user.home");
        if (home != null) {
            dirs.add(Path.of(home, ".cache", "optimus-motion", "models", FOLDER));
        }
        return dirs;
    }

    static byte[] verified(PoseModel model, byte[] bytes, String where) throws ModelUnavailableException {
        String actual = sha256(bytes);
        if (!actual.equals(model.sha256())) {
            throw new ModelUnavailableException(where + ": SHA-256 " + actual + " differs from the expected " + model.sha256()
                    + " of " + PoseModel.PACKAGE + "/" + model.fileName() + " (corrupt or another version)");
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
