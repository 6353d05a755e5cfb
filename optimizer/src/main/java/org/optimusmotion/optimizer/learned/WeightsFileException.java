package org.optimusmotion.optimizer.learned;

import java.io.IOException;

/** A weight file that cannot be used: wrong magic or version, corrupt checksum, or a mismatched architecture. */
public final class WeightsFileException extends IOException {

    public WeightsFileException(String message) {
        super(message);
    }
}
