package org.optimusmotion.app.gui.optimize;

/** Life cycle of one fit slot. */
public enum FitState {
    IDLE("Ready"),
    RUNNING("Fitting"),
    PAUSED("Paused"),
    DONE("Done"),
    CANCELLED("Cancelled"),
    FAILED("Failed");

    private final String label;

    FitState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a fit is under way (running or paused). */
    public boolean active() {
        return this == RUNNING || this == PAUSED;
    }
}
