package org.optimusmotion.app.fit;

/**
 * Receives progress from a {@link FitService}, on the fitting thread: implementations that touch a
 * UI hand the report over (coalesced), they do not do the work here.
 */
@FunctionalInterface
public interface FitListener {

    /** A listener that ignores everything. */
    FitListener NONE = progress -> { };

    /** Called after the starting point and after every optimizer iteration. */
    void onProgress(FitProgress progress);
}
