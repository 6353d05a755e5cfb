package org.optimusmotion.app.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.List;
import org.lwjgl.system.MemoryUtil;

/**
 * Draws a {@link RenderScene} into the offscreen framebuffer and reads the pixels back. Owns every GL
 * object it uses; the GPU-side buffers and the off-heap staging buffers only grow, so a steady stream
 * of similar scenes allocates nothing after the first frame. Render thread only.
 */
final class SceneDrawer implements AutoCloseable {

    /** Light mix: ambient share of the final shade. */
    private static final float AMBIENT = 0.35f;
    /** Floats per capsule instance: a (3), b (3), radius (1), colour (4). */
    private static final int INSTANCE_FLOATS = 11;
    /** Floats per flat vertex: position (3), colour (4). */
    private static final int FLAT_FLOATS = 7;

    private final Framebuffers framebuffers;
    private final ShaderProgram litInstanced;
    private final ShaderProgram flat;
    private final ShaderProgram background;
    private final int capsuleVao;
    private final int capsuleIndexCount;
    private final int instanceVbo;
    private final int flatVao;
    private final int flatVbo;
    private final int backgroundVao;
    private final int backgroundTexture;
    private final int[] capsuleBuffers = new int[2];
    private final int capsuleClipFromWorld;
    private final int capsuleLightDir;
    private final int capsuleAmbient;
    private final int capsuleLit;
    private final int flatClipFromWorld;
    private final int flatLightDir;
    private final int flatNormal;
    private final int flatAmbient;
    private final int flatLit;
    private final int backgroundImage;
    private int backgroundWidth;
    private int backgroundHeight;

    private FloatBuffer instanceData = MemoryUtil.memAllocFloat(64 * INSTANCE_FLOATS);
    private FloatBuffer flatData = MemoryUtil.memAllocFloat(256 * FLAT_FLOATS);
    private IntBuffer readback = MemoryUtil.memAllocInt(1);
    private final double[] clipFromWorld = new double[16];
    private final float[] clipFromWorldF = new float[16];
    private final float[] light = new float[3];

    SceneDrawer(int msaaSamples, CapsuleMesh mesh) {
        framebuffers = new Framebuffers(msaaSamples);
        litInstanced = new ShaderProgram("capsule", Shaders.CAPSULE_VERTEX, Shaders.LIT_FRAGMENT);
        flat = new ShaderProgram("flat", Shaders.FLAT_VERTEX, Shaders.LIT_FRAGMENT);
        background = new ShaderProgram("background", Shaders.BACKGROUND_VERTEX, Shaders.BACKGROUND_FRAGMENT);
        capsuleClipFromWorld = litInstanced.uniform("uClipFromWorld");
        capsuleLightDir = litInstanced.uniform("uLightDir");
        capsuleAmbient = litInstanced.uniform("uAmbient");
        capsuleLit = litInstanced.uniform("uLit");
        flatClipFromWorld = flat.uniform("uClipFromWorld");
        flatLightDir = flat.uniform("uLightDir");
        flatNormal = flat.uniform("uNormal");
        flatAmbient = flat.uniform("uAmbient");
        flatLit = flat.uniform("uLit");
        backgroundImage = background.uniform("uImage");

        capsuleVao = glGenVertexArrays();
        glBindVertexArray(capsuleVao);
        glGenBuffers(capsuleBuffers);
        glBindBuffer(GL_ARRAY_BUFFER, capsuleBuffers[0]);
        glBufferData(GL_ARRAY_BUFFER, mesh.vertices(), GL_STATIC_DRAW);
        int stride = CapsuleMesh.FLOATS_PER_VERTEX * Float.BYTES;
        attribute(0, 3, stride, 0, 0);
        attribute(1, 1, stride, 3, 0);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, capsuleBuffers[1]);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, mesh.indices(), GL_STATIC_DRAW);
        capsuleIndexCount = mesh.indices().length;
        instanceVbo = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, instanceVbo);
        int istride = INSTANCE_FLOATS * Float.BYTES;
        attribute(2, 3, istride, 0, 1);
        attribute(3, 3, istride, 3, 1);
        attribute(4, 1, istride, 6, 1);
        attribute(5, 4, istride, 7, 1);

        flatVao = glGenVertexArrays();
        glBindVertexArray(flatVao);
        flatVbo = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, flatVbo);
        int fstride = FLAT_FLOATS * Float.BYTES;
        attribute(0, 3, fstride, 0, 0);
        attribute(1, 4, fstride, 3, 0);

        backgroundVao = glGenVertexArrays();
        backgroundTexture = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, backgroundTexture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glBindVertexArray(0);
    }

    private static void attribute(int location, int size, int strideBytes, int offsetFloats, int divisor) {
        glEnableVertexAttribArray(location);
        glVertexAttribPointer(location, size, GL_FLOAT, false, strideBytes, (long) offsetFloats * Float.BYTES);
        glVertexAttribDivisor(location, divisor);
    }

    int samples() {
        return framebuffers.samples();
    }

    /** Draws the scene and copies the frame into {@code outArgb}, row-major from the top-left. */
    void drawAndRead(RenderScene scene, int[] outArgb) {
        PinholeCamera camera = scene.camera();
        int w = camera.width();
        int h = camera.height();
        framebuffers.bindForDrawing(w, h);
        glViewport(0, 0, w, h);
        Rgba bg = scene.backgroundColor();
        glClearColor(bg.r(), bg.g(), bg.b(), bg.a());
        glDepthMask(true);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glDisable(GL_CULL_FACE);
        glEnable(GL_BLEND);
        // Keep destination alpha at 1 over an opaque backdrop while blending colour by source alpha.
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

        if (scene.background().isPresent()) {
            drawBackground(scene.background().get());
        }

        camera.clipFromWorld(clipFromWorld);
        for (int i = 0; i < 16; i++) {
            clipFromWorldF[i] = (float) clipFromWorld[i];
        }
        float[] light = lightDirection(camera, this.light);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LEQUAL);
        drawFlat(scene, light);
        drawCapsules(scene, light);
        framebuffers.bindForReading();
        read(w, h, outArgb);
    }

    /** World direction towards a key light above, behind and left of the camera: n . l &gt; 0 on what the camera sees. */
    private static float[] lightDirection(PinholeCamera camera, float[] out) {
        double[] r = camera.rotationUnsafe();
        // rows of R: camera right, down, forward in world coordinates.
        double lx = 0.75 * 0 - 0.55 * r[6] - 0.35 * r[0];
        double ly = 0.75 * 0 - 0.55 * r[7] - 0.35 * r[1];
        double lz = 0.75 * 1 - 0.55 * r[8] - 0.35 * r[2];
        double n = Math.sqrt(lx * lx + ly * ly + lz * lz);
        out[0] = (float) (lx / n);
        out[1] = (float) (ly / n);
        out[2] = (float) (lz / n);
        return out;
    }

    private void drawBackground(ArgbImage image) {
        glBindTexture(GL_TEXTURE_2D, backgroundTexture);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        // 0xAARRGGBB ints are exactly GL_BGRA + GL_UNSIGNED_INT_8_8_8_8_REV on any endianness.
        if (image.width() != backgroundWidth || image.height() != backgroundHeight) {
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width(), image.height(), 0, GL_BGRA,
                    GL_UNSIGNED_INT_8_8_8_8_REV, image.pixelsUnsafe());
            backgroundWidth = image.width();
            backgroundHeight = image.height();
        } else {
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, image.width(), image.height(), GL_BGRA,
                    GL_UNSIGNED_INT_8_8_8_8_REV, image.pixelsUnsafe());
        }
        glDisable(GL_DEPTH_TEST);
        glDepthMask(false);
        glUseProgram(background.id);
        glUniform1i(backgroundImage, 0);
        glActiveTexture(GL_TEXTURE0);
        glBindVertexArray(backgroundVao);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glDepthMask(true);
    }

    private void drawFlat(RenderScene scene, float[] light) {
        List<LineSegment> lines = scene.lines();
        GroundGrid ground = scene.ground().orElse(null);
        int gridLines = ground == null ? 0 : 2 * (2 * (int) Math.floor(ground.halfExtentM() / ground.cellM() + 1e-9) + 1);
        int vertices = (ground == null ? 0 : 6) + 2 * gridLines + 2 * lines.size();
        if (vertices == 0) {
            return;
        }
        flatData = ensureCapacity(flatData, vertices * FLAT_FLOATS);
        flatData.clear();
        if (ground != null) {
            putGround(ground);
        }
        for (int i = 0; i < lines.size(); i++) {
            LineSegment l = lines.get(i);
            putVertex(l.a().x(), l.a().y(), l.a().z(), l.color());
            putVertex(l.b().x(), l.b().y(), l.b().z(), l.color());
        }
        flatData.flip();
        glUseProgram(flat.id);
        glUniformMatrix4fv(flatClipFromWorld, false, clipFromWorldF);
        glUniform3f(flatLightDir, light[0], light[1], light[2]);
        glUniform3f(flatNormal, 0f, 0f, 1f);
        glUniform1f(flatAmbient, AMBIENT);
        glBindVertexArray(flatVao);
        glBindBuffer(GL_ARRAY_BUFFER, flatVbo);
        glBufferData(GL_ARRAY_BUFFER, flatData, GL_STREAM_DRAW);
        int first = 0;
        if (ground != null) {
            // Push the plane back a little so its grid lines, at the same height, win the depth test.
            glEnable(GL_POLYGON_OFFSET_FILL);
            glPolygonOffset(1f, 1f);
            glUniform1i(flatLit, 1);
            glDrawArrays(GL_TRIANGLES, 0, 6);
            glDisable(GL_POLYGON_OFFSET_FILL);
            first = 6;
        }
        glUniform1i(flatLit, 0);
        glDrawArrays(GL_LINES, first, vertices - first);
    }

    private void putGround(GroundGrid g) {
        double x0 = g.centreX() - g.halfExtentM();
        double x1 = g.centreX() + g.halfExtentM();
        double y0 = g.centreY() - g.halfExtentM();
        double y1 = g.centreY() + g.halfExtentM();
        double z = g.heightM();
        Rgba c = g.fill();
        putVertex(x0, y0, z, c);
        putVertex(x1, y0, z, c);
        putVertex(x1, y1, z, c);
        putVertex(x0, y0, z, c);
        putVertex(x1, y1, z, c);
        putVertex(x0, y1, z, c);
        int half = (int) Math.floor(g.halfExtentM() / g.cellM() + 1e-9);
        for (int i = -half; i <= half; i++) {
            double x = g.centreX() + i * g.cellM();
            putVertex(x, y0, z, g.lines());
            putVertex(x, y1, z, g.lines());
            double y = g.centreY() + i * g.cellM();
            putVertex(x0, y, z, g.lines());
            putVertex(x1, y, z, g.lines());
        }
    }

    private void putVertex(double x, double y, double z, Rgba c) {
        flatData.put((float) x).put((float) y).put((float) z).put(c.r()).put(c.g()).put(c.b()).put(c.a());
    }

    private void drawCapsules(RenderScene scene, float[] light) {
        List<Capsule> capsules = scene.capsules();
        List<Sphere> spheres = scene.spheres();
        int count = capsules.size() + spheres.size();
        if (count == 0) {
            return;
        }
        instanceData = ensureCapacity(instanceData, count * INSTANCE_FLOATS);
        instanceData.clear();
        for (int i = 0; i < capsules.size(); i++) {
            Capsule c = capsules.get(i);
            putInstance(c.a(), c.b(), c.radiusM(), c.color());
        }
        for (int i = 0; i < spheres.size(); i++) {
            Sphere s = spheres.get(i);
            putInstance(s.centre(), s.centre(), s.radiusM(), s.color());
        }
        instanceData.flip();
        glUseProgram(litInstanced.id);
        glUniformMatrix4fv(capsuleClipFromWorld, false, clipFromWorldF);
        glUniform3f(capsuleLightDir, light[0], light[1], light[2]);
        glUniform1f(capsuleAmbient, AMBIENT);
        glUniform1i(capsuleLit, 1);
        glBindVertexArray(capsuleVao);
        glBindBuffer(GL_ARRAY_BUFFER, instanceVbo);
        glBufferData(GL_ARRAY_BUFFER, instanceData, GL_STREAM_DRAW);
        glDrawElementsInstanced(GL_TRIANGLES, capsuleIndexCount, GL_UNSIGNED_INT, 0L, count);
    }

    private void putInstance(Vec3 a, Vec3 b, double radius, Rgba c) {
        instanceData.put((float) a.x()).put((float) a.y()).put((float) a.z())
                .put((float) b.x()).put((float) b.y()).put((float) b.z())
                .put((float) radius).put(c.r()).put(c.g()).put(c.b()).put(c.a());
    }

    private void read(int w, int h, int[] out) {
        int n = w * h;
        if (readback.capacity() < n) {
            MemoryUtil.memFree(readback);
            readback = MemoryUtil.memAllocInt(n);
        }
        readback.clear();
        glPixelStorei(GL_PACK_ALIGNMENT, 4);
        glReadPixels(0, 0, w, h, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, readback);
        // OpenGL rows go bottom-up; ours top-down.
        for (int row = 0; row < h; row++) {
            readback.get((h - 1 - row) * w, out, row * w, w);
        }
    }

    private static FloatBuffer ensureCapacity(FloatBuffer buffer, int floats) {
        if (buffer.capacity() >= floats) {
            return buffer;
        }
        MemoryUtil.memFree(buffer);
        return MemoryUtil.memAllocFloat(Math.max(floats, 2 * buffer.capacity()));
    }

    @Override
    public void close() {
        glBindVertexArray(0);
        glDeleteVertexArrays(capsuleVao);
        glDeleteVertexArrays(flatVao);
        glDeleteVertexArrays(backgroundVao);
        glDeleteBuffers(capsuleBuffers);
        glDeleteBuffers(instanceVbo);
        glDeleteBuffers(flatVbo);
        glDeleteTextures(backgroundTexture);
        litInstanced.close();
        flat.close();
        background.close();
        framebuffers.close();
        MemoryUtil.memFree(instanceData);
        MemoryUtil.memFree(flatData);
        MemoryUtil.memFree(readback);
    }
}
