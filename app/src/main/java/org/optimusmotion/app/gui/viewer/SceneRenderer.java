package org.optimusmotion.app.gui.viewer;

import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.RenderUnavailableException;

/**
 * What the 3D views draw with: the offscreen renderer shared by all views (its calls are serialised on
 * its own thread), or nothing with the reason when OpenGL is not available here. Thread-safe.
 */
public final class SceneRenderer implements AutoCloseable {

    private final OffscreenRenderer renderer;
    private final String unavailableReason;

    private SceneRenderer(OffscreenRenderer renderer, String unavailableReason) {
        this.renderer = renderer;
        this.unavailableReason = unavailableReason;
    }

    /** Starts the offscreen renderer, or returns an unavailable one that says why. */
    public static SceneRenderer start() {
        try {
            return new SceneRenderer(new OffscreenRenderer(), "");
        } catch (RenderUnavailableException | UnsatisfiedLinkError e) {
            return unavailable("3D view unavailable: " + e.getMessage());
        }
    }

    /** A renderer that draws nothing. */
    public static SceneRenderer unavailable(String reason) {
        return new SceneRenderer(null, reason);
    }

    /** "" when rendering works, else a sentence for the user. */
    public String unavailableReason() {
        return unavailableReason;
    }

    /** Renders {@code scene} into {@code out}; only when available. */
    public void render(RenderScene scene, int[] out) {
        if (renderer == null) {
            throw new IllegalStateException(unavailableReason);
        }
        renderer.render(scene, out);
    }

    @Override
    public void close() {
        if (renderer != null) {
            renderer.close();
        }
    }
}
