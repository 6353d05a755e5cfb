package org.optimusmotion.optimizer.meta;

/**
 * Per-step meta-loss: {@code log(f − f* + 1e-8) − log(f₀ − f* + 1e-8)}, the log gap to the optimum
 * relative to the task's start (0 at the start, negative when the optimizer makes progress), so tasks
 * whose objectives span many orders of magnitude weigh alike (PAPERS.md C.3). NaN and values above
 * {@link #PENALTY} become {@link #PENALTY} (learned_optimization clips NaN losses to 20).
 */
public final class MetaLoss {

    /** Loss for NaN/failed steps, and the upper clip of every per-step loss. */
    public static final double PENALTY = 20.0;
    /** Floor inside the logarithm. */
    public static final double LOG_FLOOR = 1e-8;

    private MetaLoss() {
    }

    /**
     * @param f     objective at the current iterate
     * @param fStar the task's minimum
     * @param f0    objective at the task's start point
     */
    public static double of(double f, double fStar, double f0) {
        return of(f, fStar, f0, 0);
    }

    /**
     * As {@link #of(double, double, double)}, with the gap to the optimum counted as at least
     * {@code gapFloor}: going further below than {@code f* + gapFloor} earns nothing more. For tasks
     * whose f* is an estimate (a reference optimizer's loss), so that runs past it do not dominate the
     * mean with log(1e-8).
     *
     * @param gapFloor ≥ 0; 0 gives the plain meta-loss
     */
    public static double of(double f, double fStar, double f0, double gapFloor) {
        double v = Math.log(Math.max(f - fStar, gapFloor) + LOG_FLOOR) - Math.log(Math.max(f0 - fStar, gapFloor) + LOG_FLOOR);
        if (Double.isNaN(v) || v > PENALTY) {
            return PENALTY;
        }
        return v;
    }
}
