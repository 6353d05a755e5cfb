package org.optimusmotion.app.fit;

import java.util.Optional;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerKind;

/**
 * The optimizers a user can pick for a fit, in menu order. Optimus (the learned optimizer) is first
 * and the default whenever its weights are available; until they ship, {@link #create()} returns
 * empty for it and {@link #preferredDefault()} falls back to L-BFGS.
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
            // The learned optimizer's weights are not on the class path yet (issue: Optimus weights).
            case OPTIMUS -> Optional.empty();
            case BFGS -> Optional.of(OptimizerKind.BFGS.withDefaults());
            case LBFGS -> Optional.of(OptimizerKind.LBFGS.withDefaults());
            case ADAM -> Optional.of(OptimizerKind.ADAM.withDefaults());
            case GDM -> Optional.of(OptimizerKind.GDM.withDefaults());
        };
    }

    /** Whether {@link #create()} gives an optimizer in this build. */
    public boolean available() {
        return create().isPresent();
    }

    /** Optimus when available, else L-BFGS. */
    public static OptimizerChoice preferredDefault() {
        return OPTIMUS.available() ? OPTIMUS : LBFGS;
    }

    @Override
    public String toString() {
        return available() ? label : label + " (not available yet)";
    }
}
