package org.optimusmotion.app.gui;

/**
 * JavaFX system properties the app sets before the toolkit starts (by {@link MotionApp#launchApp} and
 * the UI tests); a value the user gave on the command line ({@code -Dname=value}) is kept.
 *
 * <p>{@code prism.disableRegionCaching=true}: JavaFX draws a region's background (Modena gives most
 * controls and panes two or three layered fills) from a cached image stretched as 9 slices. On the
 * software pipeline (what Xvfb, Monocle and machines without a GPU get) that stretching goes through
 * {@code PiscesRenderer.drawImage} and took 85 % of the render thread's time during a fit (JFR native
 * samples: 493 of 578 {@code drawImage} samples came from {@code NGRegion.renderBackgroundRectangleFromCache});
 * filling the rectangles directly is several times cheaper, so the UI thread waits less for the
 * render thread. On a GPU pipeline direct fills are cheap too.
 */
public final class FxPlatformSettings {

    private FxPlatformSettings() {
    }

    /** Sets the defaults above unless already set. Call before the JavaFX toolkit starts. */
    public static void applyDefaults() {
        setIfAbsent("prism.disableRegionCaching", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
