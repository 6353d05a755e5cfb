package org.optimusmotion.optimizer.classic;

import java.math.BigDecimal;

/** Validation and canonical formatting of hyperparameters for optimizer names. */
final class Hyperparameters {

    private Hyperparameters() {
    }

    static void requirePositive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and > 0, was " + value);
        }
    }

    static void requireUnitInterval(String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1), was " + value);
        }
    }

    /**
     * Shortest plain decimal that round-trips: 0.01 → "0.01", 1e-5 → "0.00001", 3.1622776601683795e-4
     * → "0.00031622776601683795", 1.0 → "1". No exponent, so names sort and grep predictably.
     */
    static String format(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
