package org.optimusmotion.app.render;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL12.*;
import static org.lwjgl.egl.EGL14.*;
import static org.lwjgl.egl.EGL15.*;

import java.nio.IntBuffer;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * An OpenGL 3.3 core context with no window and no display, made current on the calling thread.
 *
 * <p>Route (measured on Debian 12, Mesa 22.3 llvmpipe, LWJGL 3.3.6): Mesa's surfaceless platform
 * through {@code eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY)}, called
 * through {@link JNI} because LWJGL's wrapper rejects the null native display. When that client
 * extension is missing we fall back to {@code eglGetDisplay(EGL_DEFAULT_DISPLAY)}, which needs the
 * environment variable {@code EGL_PLATFORM=surfaceless} when there is no X or Wayland display. The
 * GL functions are loaded through {@code eglGetProcAddress} ({@code org.lwjgl.opengl.explicitInit},
 * set here before the GL class loads), so no libGL/GLX is touched. Not thread-safe: create, use and
 * close on one thread.
 */
final class EglContext implements AutoCloseable {

    /** {@code EGL_PLATFORM_SURFACELESS_MESA} from EGL_MESA_platform_surfaceless. */
    private static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;

    /** GL.create may run once per process; later contexts reuse its function provider. */
    private static boolean glFunctionsLoaded;

    private final long display;
    private final long context;
    private final GLCapabilities capabilities;

    private EglContext(long display, long context, GLCapabilities capabilities) {
        this.display = display;
        this.context = context;
        this.capabilities = capabilities;
    }

    /** Creates the context and makes it current on this thread. */
    static EglContext createCurrent() {
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
        try {
            EGL.getFunctionProvider();
        } catch (Throwable e) {
            throw new RenderUnavailableException("cannot load the EGL library (libEGL.so.1): " + e.getMessage()
                    + "; install the Debian packages " + RenderUnavailableException.DEBIAN_PACKAGES, e);
        }
        long display = openDisplay();
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer major = stack.mallocInt(1);
            IntBuffer minor = stack.mallocInt(1);
            if (!eglInitialize(display, major, minor)) {
                throw new RenderUnavailableException("eglInitialize failed (EGL error 0x"
                        + Integer.toHexString(eglGetError()) + "): no usable EGL driver; install "
                        + RenderUnavailableException.DEBIAN_PACKAGES
                        + " (Mesa), and without an X/Wayland display set EGL_PLATFORM=surfaceless");
            }
            if (!eglBindAPI(EGL_OPENGL_API)) {
                throw new RenderUnavailableException("EGL driver does not offer desktop OpenGL (eglBindAPI failed, error 0x"
                        + Integer.toHexString(eglGetError()) + ")");
            }
            IntBuffer configAttributes = stack.ints(EGL_SURFACE_TYPE, 0, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE);
            PointerBuffer configs = stack.mallocPointer(1);
            IntBuffer count = stack.mallocInt(1);
            if (!eglChooseConfig(display, configAttributes, configs, count) || count.get(0) < 1) {
                throw new RenderUnavailableException("EGL has no surfaceless OpenGL config (error 0x"
                        + Integer.toHexString(eglGetError()) + ")");
            }
            IntBuffer contextAttributes = stack.ints(EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                    EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE);
            long context = eglCreateContext(display, configs.get(0), EGL_NO_CONTEXT, contextAttributes);
            if (context == EGL_NO_CONTEXT) {
                throw new RenderUnavailableException("cannot create an OpenGL 3.3 core context (EGL error 0x"
                        + Integer.toHexString(eglGetError()) + "); Mesa's libgl1-mesa-dri provides one");
            }
            if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
                eglDestroyContext(display, context);
                throw new RenderUnavailableException("eglMakeCurrent without a surface failed (EGL error 0x"
                        + Integer.toHexString(eglGetError()) + "): the driver lacks EGL_KHR_surfaceless_context");
            }
            loadGlFunctions();
            GLCapabilities caps = GL.createCapabilities();
            if (!caps.OpenGL33) {
                eglDestroyContext(display, context);
                throw new RenderUnavailableException("the OpenGL context is older than 3.3");
            }
            return new EglContext(display, context, caps);
        }
    }

    private static long openDisplay() {
        String clientExtensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
        if (clientExtensions != null && clientExtensions.contains("EGL_MESA_platform_surfaceless")
                && clientExtensions.contains("EGL_EXT_platform_base")) {
            long getPlatformDisplay = eglGetProcAddress("eglGetPlatformDisplayEXT");
            if (getPlatformDisplay != MemoryUtil.NULL) {
                long display = JNI.invokePPP(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, MemoryUtil.NULL,
                        getPlatformDisplay);
                if (display != EGL_NO_DISPLAY) {
                    return display;
                }
            }
        }
        long display = eglGetDisplay(EGL_DEFAULT_DISPLAY);
        if (display == EGL_NO_DISPLAY) {
            throw new RenderUnavailableException("eglGetDisplay returned no display; install "
                    + RenderUnavailableException.DEBIAN_PACKAGES + " and set EGL_PLATFORM=surfaceless");
        }
        return display;
    }

    private static synchronized void loadGlFunctions() {
        if (!glFunctionsLoaded) {
            GL.create(name -> EGL10.neglGetProcAddress(MemoryUtil.memAddress(name)));
            glFunctionsLoaded = true;
        }
    }

    /** "renderer | version" of the current context, e.g. "llvmpipe (LLVM 15.0.6, 256 bits) | 4.5 (Core Profile) Mesa 22.3.6". */
    String describe() {
        return GL11C.glGetString(GL11C.GL_RENDERER) + " | " + GL11C.glGetString(GL11C.GL_VERSION);
    }

    GLCapabilities capabilities() {
        return capabilities;
    }

    /** Releases the context. The EGL display stays initialised for the process (others may share it). */
    @Override
    public void close() {
        GL.setCapabilities(null);
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        eglReleaseThread();
    }
}
