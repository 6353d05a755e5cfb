package org.optimusmotion.app.fit;

import java.io.IOException;
import java.nio.file.Path;

/** The bundled sample for tests (from assets/sample or the class path). */
public final class TestCases {

    private TestCases() {
    }

    public static Path sample() throws IOException {
        return BundledSample.locate().orElseThrow(() -> new IllegalStateException(
                "assets/sample is missing: regenerate it with ./optimus sample --out assets/sample"));
    }
}
