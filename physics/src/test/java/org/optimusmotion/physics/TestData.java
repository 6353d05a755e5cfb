package org.optimusmotion.physics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Assumptions;

/** Locations of test fixtures and of the optional shared data folder. */
public final class TestData {

    /** The shared data folder (overridable with -Doptimus.sharedData); tests using it skip when it is absent (CI). */
    public static final Path SHARED = Path.of(System.getProperty("optimus.sharedData", "/work/shared/data"));

    private TestData() {
    }

    /** A class-path resource as a path. */
    public static Path resource(String name) {
        try {
            var url = TestData.class.getResource(name);
            if (url == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path under the shared data folder; skips the test when it does not exist. */
    public static Path shared(String relative) {
        Path p = SHARED.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data not available: " + p);
        return p;
    }
}
