package org.optimusmotion.physics.reconstruct;

/**
 * How a {@link Reconstructor} chooses the length of its windows.
 *
 * <ul>
 *   <li>{@link #FIXED}: exactly {@link ReconstructionConfig#windowFrames()} frames with
 *       {@link ReconstructionConfig#overlapFrames()} shared and the configured per-window budget.</li>
 *   <li>{@link #ADAPTIVE}: {@link ReconstructionConfig#windowFrames()} is the longest window; a clip whose
 *       root (pelvis) moves fast gets shorter windows, a proportionally shorter overlap and a
 *       proportionally larger per-window budget ({@link AdaptiveWindowRule}).</li>
 * </ul>
 */
public enum WindowPolicy {
    /** The configured window, overlap and budget as they are. */
    FIXED,
    /** Windows shortened so that the root travels at most {@link AdaptiveWindowRule#MAX_ROOT_TRAVEL_PER_WINDOW_M} per window. */
    ADAPTIVE
}
