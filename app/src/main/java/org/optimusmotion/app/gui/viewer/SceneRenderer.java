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
    /** Guards {@link #closed}: a render never starts after close (the context would be gone: a fatal JVM abort). */
    private final Object lock = new Object();
    private boolean closed;

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

    /**
     * Renders {@code scene} into {@code out}.
     *
     * @return false (and {@code out} untouched) when the renderer is unavailable or closed
     */
    public boolean render(RenderScene scene, int[] out) {
        synchronized (lock) {
            if (renderer == null || closed) {
                return false;
            }
            renderer.render(scene, out);
            return true;
        }
    }

    /** Waits for a render in progress, then releases the OpenGL context; later renders return false. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (renderer != null) {
                renderer.close();
            }
        }
    }
}
