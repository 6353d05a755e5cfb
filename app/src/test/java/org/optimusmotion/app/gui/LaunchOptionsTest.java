package org.optimusmotion.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.optimusmotion.app.fit.FitMethod;
import org.optimusmotion.app.fit.OptimizerChoice;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansTheSampleInAPlainWindow() {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertTrue(o.caseToOpen().isEmpty() && o.screenshot().isEmpty() && !o.compare());
    }

    @Test
    void scriptedScreenshotOptions() {
        LaunchOptions o = LaunchOptions.parse(List.of("--compare", "--optimizer-b", "gdm", "--method", "kinematic", "--budget",
                "900", "--screenshot", "x.png", "--at", "0.3", "--frame", "12", "--size", "800x600", "cases/walk"));
        assertTrue(o.compare());
        assertEquals(Optional.of(OptimizerChoice.GDM), o.optimizerB());
        assertEquals(Optional.of(FitMethod.KINEMATIC), o.method());
        assertEquals(Optional.of(900L), o.budget());
        assertEquals(Optional.of(Path.of("x.png")), o.screenshot());
        assertEquals(0.3, o.screenshotAt());
        assertEquals(12, o.frame());
        assertEquals(800, o.width());
        assertEquals(Optional.of(Path.of("cases/walk")), o.caseToOpen());
    }

    @Test
    void measurementOptions() {
        LaunchOptions o = LaunchOptions.parse(List.of("--measure", "r.txt", "--measure-seconds", "12.5"));
        assertEquals(Optional.of(Path.of("r.txt")), o.measure());
        assertEquals(12.5, o.measureSeconds());
        assertTrue(!o.measureIdle() && LaunchOptions.parse(List.of("--measure", "r.txt", "--measure-idle")).measureIdle());
        assertEquals(20, LaunchOptions.parse(List.of()).measureSeconds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--measure-seconds", "0")));
        assertTrue(e.getMessage().contains("--measure-seconds"), e.getMessage());
    }

    @Test
    void unknownOptionsAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--fast")));
        assertTrue(e.getMessage().contains("--fast"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--budget")));
    }
}
