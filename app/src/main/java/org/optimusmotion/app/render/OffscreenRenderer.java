package org.optimusmotion.app.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * Renders {@link RenderScene}s offscreen with OpenGL 3.3 (EGL, no display; Mesa llvmpipe where there
 * is no GPU) and reads the pixels back as {@code 0xAARRGGBB} ints, row-major from the top-left.
 *
 * <p>Every OpenGL call runs on one render thread this object owns; the public methods submit work to
 * it and wait, so they may be called from any thread (calls are served one at a time, in order).
 * Capsules and spheres are instances of one template mesh generated at start-up; lighting is Lambert
 * plus ambient from a key light above and behind the camera; depth-tested; optional MSAA.
 *
 * <p>Cost, measured with {@code ./optimus render-demo --out demo.mp4 --seconds 4 [--msaa 4]} on the
 * 2-core Debian 12 build machine shared with other builds (load average 7-10; Mesa 22.3.6 llvmpipe,
 * LWJGL 3.3.6): a 1280x720 frame of the 14-capsule {@link WalkingFigure} over the ground grid, with
 * full readback into an {@code int[]}, takes <b>10-14 ms without MSAA</b> (readback itself ~0.8 ms;
 * a 1280x720 background image adds ~6 ms) and 30-86 ms with 4x MSAA, so MSAA is off by default
 * ({@link RendererOptions#defaults()}). H.264 encoding adds 9-19 ms per frame.
 *
 * <p>Failure: the constructor throws {@link RenderUnavailableException} naming what is missing when
 * EGL or an OpenGL 3.3 context cannot be had.
 */
public final class OffscreenRenderer implements AutoCloseable {

    private final ExecutorService thread;
    private final String description;
    private final int samples;
    private EglContext context;
    private SceneDrawer drawer;
    private volatile boolean closed;

    /** Starts a renderer with {@link RendererOptions#defaults()}. */
    public OffscreenRenderer() {
        this(RendererOptions.defaults());
    }

    /**
     * Starts the render thread and creates the OpenGL context on it.
     *
     * @throws RenderUnavailableException when offscreen OpenGL is not available here
     */
    public OffscreenRenderer(RendererOptions options) {
        Objects.requireNonNull(options, "options");
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "optimus-render");
            t.setDaemon(true);
            return t;
        });
        try {
            description = call(() -> {
                context = EglContext.createCurrent();
                try {
                    drawer = new SceneDrawer(options.msaaSamples(),
                            new CapsuleMesh(options.capsuleSegments(), options.capsuleRingsPerCap()));
                } catch (RuntimeException e) {
                    context.close();
                    context = null;
                    throw e;
                }
                return context.describe();
            });
            samples = call(() -> drawer.samples());
        } catch (RuntimeException | Error e) {
            thread.shutdownNow();
            throw e;
        }
    }

    /**
     * Renders {@code scene} and writes its pixels into {@code outArgb}.
     *
     * @param outArgb receives width * height pixels of the scene's camera, {@code 0xAARRGGBB}, row-major
     *     from the top-left; must not be touched by the caller until this returns
     */
    public void render(RenderScene scene, int[] outArgb) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(outArgb, "outArgb");
        int needed = scene.camera().width() * scene.camera().height();
        if (outArgb.length < needed) {
            throw new IllegalArgumentException("outArgb holds " + outArgb.length + " pixels, the " + scene.camera().width()
                    + "x" + scene.camera().height() + " frame needs " + needed);
        }
        call(() -> {
            drawer.drawAndRead(scene, outArgb);
            return null;
        });
    }

    /** Renders {@code scene} into a new {@link BufferedImage#TYPE_INT_ARGB} image of the camera's size. */
    public BufferedImage render(RenderScene scene) {
        BufferedImage image = new BufferedImage(scene.camera().width(), scene.camera().height(),
                BufferedImage.TYPE_INT_ARGB);
        render(scene, image);
        return image;
    }

    /**
     * Renders {@code scene} into {@code out}, which must be {@code TYPE_INT_ARGB} or {@code TYPE_INT_RGB}
     * and the camera's size (its pixel array is written directly).
     */
    public void render(RenderScene scene, BufferedImage out) {
        if (out.getType() != BufferedImage.TYPE_INT_ARGB && out.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("render target must be TYPE_INT_ARGB or TYPE_INT_RGB, got type " + out.getType());
        }
        if (out.getWidth() != scene.camera().width() || out.getHeight() != scene.camera().height()) {
            throw new IllegalArgumentException("render target is " + out.getWidth() + "x" + out.getHeight()
                    + ", the camera is " + scene.camera().width() + "x" + scene.camera().height());
        }
        render(scene, ((DataBufferInt) out.getRaster().getDataBuffer()).getData());
    }

    /** The OpenGL renderer and version, e.g. "llvmpipe (LLVM 15.0.6, 256 bits) | 4.5 (Core Profile) Mesa 22.3.6". */
    public String description() {
        return description;
    }

    /** MSAA samples in use (0: none). */
    public int msaaSamples() {
        return samples;
    }

    /** Releases the OpenGL context and stops the render thread. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            call(() -> {
                if (drawer != null) {
                    drawer.close();
                }
                if (context != null) {
                    context.close();
                }
                return null;
            });
        } finally {
            thread.shutdown();
        }
    }

    /** Runs {@code task} on the render thread and waits for it, even if this thread is interrupted. */
    private <T> T call(Callable<T> task) {
        Future<T> future;
        try {
            future = thread.submit(task);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the renderer is closed", e);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    // The task may be writing into the caller's array: wait for it, then re-interrupt.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("rendering failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
