package org.optimusmotion.app.fit;

import java.util.Optional;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerKind;

/**
 * The optimizers a user can pick for a fit, in menu order. Optimus (the learned optimizer) uses the
 * weights {@link ReconstructionWeights} selects; {@link #create()} is empty for it only when they
 * cannot be read. {@link #DEFAULT} is what a new fit slot starts with.
 */
public enum OptimizerChoice {
    OPTIMUS("Optimus (learned)"),
    BFGS("BFGS"),
    LBFGS("L-BFGS"),
    ADAM("Adam"),
    GDM("GD with momentum");

    private final String label;

    OptimizerChoice(String label) {
        this.label = label;
    }

    /** Name shown in menus and legends. */
    public String label() {
        return label;
    }

    /** The optimizer with its default hyperparameters, or empty when it is not available in this build. */
    public Optional<Optimizer> create() {
        return switch (this) {
            case OPTIMUS -> shippedOptimus();
            case BFGS -> Optional.of(OptimizerKind.BFGS.withDefaults());
            case LBFGS -> Optional.of(OptimizerKind.LBFGS.withDefaults());
            case ADAM -> Optional.of(OptimizerKind.ADAM.withDefaults());
            case GDM -> Optional.of(OptimizerKind.GDM.withDefaults());
        };
    }

    /**
     * The optimizer a new fit slot starts with: Optimus with the physics weights
     * ({@value ReconstructionWeights#PHYSICS_TRAINED}) and its step rule (descent safeguard, restarts). With the app's budget
     * (2000 evaluations spread over the windows, no iteration cap) it fits the bundled sample at MPJPE-G
     * 37 mm against 66 mm for BFGS and 263 mm for L-BFGS, which runs a window astray there
     * ({@code ./optimus compare --case assets/sample --optimizers lbfgs,optimus --evaluations 250
     * --iterations 100000}; docs/optimus-reconstruction.md, "The app's default").
     */
    public static final OptimizerChoice DEFAULT = OPTIMUS;

    /** Optimus with the selected weights (read once, shared), or empty when they are missing or unreadable. */
    private static Optional<Optimizer> shippedOptimus() {
        return ReconstructionWeights.ifReadable().map(ReconstructionWeights.Selected::optimizer);
    }

    /**
     * Whether {@link #create()} gives an optimizer in this build. Cheap (no file is read), so the UI
     * thread may ask: for Optimus it checks that a weights file is on the class path; a file that turns
     * out to be invalid fails the fit with a message naming it.
     */
    public boolean available() {
        return this != OPTIMUS || ReconstructionWeights.fileOnClassPath().isPresent();
    }

    /** {@link #DEFAULT}. */
    public static OptimizerChoice preferredDefault() {
        return DEFAULT;
    }

    /** Menu text: the label, for Optimus with the weights file it would use. */
    @Override
    public String toString() {
        if (!available()) {
            return label + " (not available yet)";
        }
        return this == OPTIMUS ? label + " · " + ReconstructionWeights.fileOnClassPath().orElse("?") : label;
    }
}
