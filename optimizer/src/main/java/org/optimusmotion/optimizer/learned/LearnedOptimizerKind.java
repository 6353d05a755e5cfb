package org.optimusmotion.optimizer.learned;

/** The learned optimizer families, with the identifier used on the command line and in weight files. */
public enum LearnedOptimizerKind {
    /** Transformer-based learned optimizer with a learned preconditioner (Gärtner et al., CVPR 2023). */
    OPTIMUS("optimus"),
    /** Per-parameter MLP on Adafactor features (Metz et al. 2022), the paper's learned baseline. */
    ADAFACTOR_MLP("adafactor-mlp");

    private final String id;

    LearnedOptimizerKind(String id) {
        this.id = id;
    }

    /** Identifier used on the command line and in weight files, e.g. {@code optimus}. */
    public String id() {
        return id;
    }

    /** Parses an identifier from {@link #id()}; the message lists the valid ones. */
    public static LearnedOptimizerKind fromId(String id) {
        for (LearnedOptimizerKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown learned optimizer '" + id + "', expected optimus or adafactor-mlp");
    }
}
