package org.optimusmotion.app.fit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled sample case: {@code assets/sample} under the installation folder (system property
 * {@value #HOME_PROPERTY}, set by {@code ./optimus}) or the working directory, else the copy on the
 * class path (extracted once to a temporary folder, since FFmpeg reads files, not resources).
 */
public final class BundledSample {

    /** System property naming the installation folder (the repository root). */
    public static final String HOME_PROPERTY = "optimus.home";
    /** Class-path folder of the sample (assets are shipped there by the physics module). */
    static final String RESOURCE_FOLDER = "/org/optimusmotion/assets/sample/";

    private static final List<String> FILES = List.of(CaseLayout.VIDEO, CaseLayout.CAMERA, CaseLayout.KEYPOINTS_2D,
            CaseLayout.KEYPOINTS_3D, CaseLayout.GROUND_TRUTH_3D);

    private BundledSample() {
    }

    /** The sample folder, or empty when it is neither on disk nor on the class path. */
    public static synchronized Optional<Path> locate() throws IOException {
        String home = System.getProperty(HOME_PROPERTY);
        for (Path candidate : new Path[] {home == null ? null : Path.of(home, "assets", "sample"), Path.of("assets", "sample"),
                Path.of("..", "assets", "sample")}) {
            if (candidate != null && Files.isRegularFile(candidate.resolve(CaseLayout.KEYPOINTS_3D))) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        if (BundledSample.class.getResource(RESOURCE_FOLDER + CaseLayout.KEYPOINTS_3D) == null) {
            return Optional.empty();
        }
        Path folder = Files.createTempDirectory("optimus-sample");
        for (String name : FILES) {
            try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in != null) {
                    Path target = folder.resolve(name);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                }
            }
        }
        folder.toFile().deleteOnExit();
        return Optional.of(folder);
    }
}
