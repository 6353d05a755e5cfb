package org.optimusmotion.optimizer.learned;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.optimusmotion.optimizer.Optimizer;

/**
 * One-line construction of learned optimizers from weight files, for the benchmark harness, the
 * reconstruction code and the GUI.
 */
public final class LearnedOptimizers {

    /** Class-path resource of the shipped Optimus weights (app copies {@code assets/} to {@code org/optimusmotion/assets/}). */
    public static final String DEFAULT_OPTIMUS_RESOURCE = "/org/optimusmotion/assets/weights/optimus-functions-v1.bin";
    /** Class-path resource of the shipped AdafactorMLP weights. */
    public static final String DEFAULT_ADAFACTOR_MLP_RESOURCE = "/org/optimusmotion/assets/weights/adafactor-mlp-functions-v1.bin";

    private LearnedOptimizers() {
    }

    /** An optimizer from a weight file. */
    public static Optimizer load(Path weightsFile) throws IOException {
        return LearnedWeights.read(weightsFile).optimizer();
    }

    /**
     * Weights from a class-path resource, looked up through {@code anchor}'s class loader.
     *
     * @throws WeightsFileException when the resource is missing or invalid
     */
    public static LearnedWeights readResource(Class<?> anchor, String resourceName) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new WeightsFileException("weights resource " + resourceName + " is not on the class path");
            }
            return LearnedWeights.read(in, resourceName);
        }
    }

    /** The shipped weights of a family, from the class path of {@code anchor} (usually a class of the app module). */
    public static LearnedWeights shipped(Class<?> anchor, LearnedOptimizerKind kind) throws IOException {
        return readResource(anchor, switch (kind) {
            case OPTIMUS -> DEFAULT_OPTIMUS_RESOURCE;
            case ADAFACTOR_MLP -> DEFAULT_ADAFACTOR_MLP_RESOURCE;
        });
    }
}
