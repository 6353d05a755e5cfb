package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Skips a test when a pose model has not been fetched ({@code scripts/fetch-pose-models.sh}): the models
 * come from the npm registry, and unit tests must pass without network.
 */
public final class FetchedModels {

    private FetchedModels() {
    }

    /** Skips the calling test unless {@code model} is installed with the right checksum. */
    public static void assumeAvailable(PoseModel model) {
        try {
            PoseModelFiles.load(model);
        } catch (ModelUnavailableException e) {
            assumeTrue(false, "pose model not fetched: " + e.getMessage());
        }
    }
}
