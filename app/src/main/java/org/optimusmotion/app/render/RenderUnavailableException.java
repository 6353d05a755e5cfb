package org.optimusmotion.app.render;

/**
 * Offscreen OpenGL cannot start on this machine: the message names what is missing (for example the
 * EGL library or Mesa's surfaceless platform) and the Debian packages that provide it.
 */
public class RenderUnavailableException extends RuntimeException {

    /** The Debian packages the renderer needs. */
    public static final String DEBIAN_PACKAGES = "libegl1 libegl-mesa0 libgl1-mesa-dri libgles2";

    public RenderUnavailableException(String message) {
        super(message);
    }

    public RenderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
