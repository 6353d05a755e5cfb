package org.optimusmotion.app.render;

import static org.lwjgl.opengl.GL30C.GL_COLOR_ATTACHMENT0;
import static org.lwjgl.opengl.GL30C.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL30C.GL_DEPTH24_STENCIL8;
import static org.lwjgl.opengl.GL30C.GL_DEPTH_STENCIL_ATTACHMENT;
import static org.lwjgl.opengl.GL30C.GL_DRAW_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30C.GL_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30C.GL_FRAMEBUFFER_COMPLETE;
import static org.lwjgl.opengl.GL30C.GL_MAX_SAMPLES;
import static org.lwjgl.opengl.GL30C.GL_NEAREST;
import static org.lwjgl.opengl.GL30C.GL_READ_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30C.GL_RENDERBUFFER;
import static org.lwjgl.opengl.GL30C.GL_RGBA8;
import static org.lwjgl.opengl.GL30C.glBindFramebuffer;
import static org.lwjgl.opengl.GL30C.glBindRenderbuffer;
import static org.lwjgl.opengl.GL30C.glBlitFramebuffer;
import static org.lwjgl.opengl.GL30C.glCheckFramebufferStatus;
import static org.lwjgl.opengl.GL30C.glDeleteFramebuffers;
import static org.lwjgl.opengl.GL30C.glDeleteRenderbuffers;
import static org.lwjgl.opengl.GL30C.glFramebufferRenderbuffer;
import static org.lwjgl.opengl.GL30C.glGenFramebuffers;
import static org.lwjgl.opengl.GL30C.glGenRenderbuffers;
import static org.lwjgl.opengl.GL30C.glGetInteger;
import static org.lwjgl.opengl.GL30C.glRenderbufferStorage;
import static org.lwjgl.opengl.GL30C.glRenderbufferStorageMultisample;

/**
 * The offscreen targets: a draw framebuffer (multisampled when MSAA is on) and a single-sample
 * framebuffer the pixels are read from. Re-created when the frame size changes. Render thread only.
 */
final class Framebuffers implements AutoCloseable {

    private final int samples;
    private int width;
    private int height;
    private int drawFbo;
    private int resolveFbo;
    private final int[] renderbuffers = new int[3];

    /** @param requestedSamples MSAA samples (0 or 1: none); clamped to what the driver supports */
    Framebuffers(int requestedSamples) {
        int max = glGetInteger(GL_MAX_SAMPLES);
        this.samples = requestedSamples <= 1 ? 0 : Math.min(requestedSamples, max);
    }

    int samples() {
        return samples;
    }

    /** Makes targets of this size exist and binds the draw framebuffer. */
    void bindForDrawing(int w, int h) {
        if (w != width || h != height) {
            deleteTargets();
            create(w, h);
        }
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
    }

    /** Resolves MSAA (if any) and binds the single-sample framebuffer for reading. */
    void bindForReading() {
        if (drawFbo != resolveFbo) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo);
            glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
        glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo);
    }

    private void create(int w, int h) {
        width = w;
        height = h;
        glGenRenderbuffers(renderbuffers);
        drawFbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
        attach(renderbuffers[0], GL_RGBA8, GL_COLOR_ATTACHMENT0);
        attach(renderbuffers[1], GL_DEPTH24_STENCIL8, GL_DEPTH_STENCIL_ATTACHMENT);
        check("draw");
        if (samples > 0) {
            resolveFbo = glGenFramebuffers();
            glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo);
            glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers[2]);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, renderbuffers[2]);
            check("resolve");
        } else {
            resolveFbo = drawFbo;
        }
    }

    private void attach(int renderbuffer, int format, int attachment) {
        glBindRenderbuffer(GL_RENDERBUFFER, renderbuffer);
        if (samples > 0) {
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
        } else {
            glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
        }
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, attachment, GL_RENDERBUFFER, renderbuffer);
    }

    private void check(String which) {
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("the " + which + " framebuffer of " + width + "x" + height + " (" + samples
                    + " samples) is incomplete, status 0x" + Integer.toHexString(status));
        }
    }

    private void deleteTargets() {
        if (drawFbo != 0) {
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            if (resolveFbo != drawFbo) {
                glDeleteFramebuffers(resolveFbo);
            }
            glDeleteFramebuffers(drawFbo);
            glDeleteRenderbuffers(renderbuffers);
            drawFbo = 0;
            resolveFbo = 0;
            width = 0;
            height = 0;
        }
    }

    @Override
    public void close() {
        deleteTargets();
    }
}
