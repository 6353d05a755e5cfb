package org.optimusmotion.optimizer.meta;

import java.nio.file.Path;

/** Receives meta-training progress (the CLI prints it, the GUI plots it). Called on the training thread. */
public interface MetaTrainingListener {

    void onStep(MetaStepEvent event);

    /** A checkpoint, weights file and curve were written. */
    default void onCheckpoint(long outerStep, Path checkpoint) {
    }

    /**
     * θ was scored on the validation tasks after {@code outerStep} steps.
     *
     * @param improved whether this is the best score so far (the best weights file was rewritten)
     */
    default void onValidation(long outerStep, double score, boolean improved, double seconds) {
    }

    MetaTrainingListener NONE = event -> { };
}
