package org.optimusmotion.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Without an EGL library the renderer fails with a {@link RenderUnavailableException} that names the
 * library and the Debian packages. Runs in a child JVM because loading EGL is process-wide.
 */
class RenderUnavailableTest {

    /** Child JVM entry point: tries to start a renderer and prints the outcome on stdout. */
    public static void main(String[] args) {
        try (OffscreenRenderer renderer = new OffscreenRenderer()) {
            System.out.println("STARTED " + renderer.description());
        } catch (RenderUnavailableException e) {
            System.out.println("UNAVAILABLE " + e.getMessage());
        }
    }

    @Test
    void missingEglLibraryIsExplained() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Dorg.lwjgl.egl.libname=libEGL_absent_for_test.so.1",
                "-cp", System.getProperty("java.class.path"), RenderUnavailableTest.class.getName()))
                .redirectErrorStream(true)
                .start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("UNAVAILABLE") && out.contains("libEGL") && out.contains("libegl-mesa0"), out);
    }
}
