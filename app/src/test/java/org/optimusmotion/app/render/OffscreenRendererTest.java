package org.optimusmotion.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders small scenes and checks pixels against the pure-Java projection of {@link PinholeCamera}:
 * if the OpenGL matrices disagreed with the OpenCV convention, silhouettes would land elsewhere.
 */
class OffscreenRendererTest {

    private static final Rgba RED = Rgba.rgb255(220, 30, 30);
    private static OffscreenRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = new OffscreenRenderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    /** A standing capsule, 1.2 m between endpoints, 0.15 m radius, seen from 4 m. */
    static RenderScene standingCapsule(PinholeCamera camera) {
        return RenderScene.builder(camera)
                .ground(GroundGrid.defaultFloor())
                .capsule(new Vec3(0, 0, 0.3), new Vec3(0, 0, 1.5), 0.15, RED)
                .build();
    }

    static PinholeCamera frontCamera(int width, int height) {
        return PinholeCamera.lookAt(new Vec3(0, -4, 1.2), new Vec3(0, 0, 0.9), 45, width, height);
    }

    @Test
    void capsuleCentreHasItsColourAndFarPixelsShowBackgroundAndGround() throws Exception {
        PinholeCamera camera = frontCamera(640, 360);
        RenderScene scene = standingCapsule(camera);
        BufferedImage image = renderer.render(scene);
        Path out = Path.of("target", "test-output", "render-capsule.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());

        ImagePoint centre = camera.project(new Vec3(0, 0, 0.9));
        int c = image.getRGB((int) Math.round(centre.u()), (int) Math.round(centre.v()));
        assertTrue(red(c) > 120 && red(c) > 3 * green(c) && red(c) > 3 * blue(c),
                "capsule centre should be lit red, got " + Integer.toHexString(c));

        // Top-left corner: above the far edge of the 10 m floor, so plain background.
        assertEquals(RenderScene.DEFAULT_BACKGROUND.toArgb(), image.getRGB(0, 0), "background corner");

        // A floor point off the grid lines and away from the capsule: neutral grey, not the background.
        ImagePoint floor = camera.project(new Vec3(1.25, -1.25, 0));
        int g = image.getRGB((int) Math.round(floor.u()), (int) Math.round(floor.v()));
        assertTrue(Math.abs(red(g) - green(g)) <= 2 && Math.abs(green(g) - blue(g)) <= 2 && red(g) > 60,
                "floor should be grey, got " + Integer.toHexString(g));
        assertNotEquals(RenderScene.DEFAULT_BACKGROUND.toArgb(), g);
    }

    @Test
    void silhouetteMatchesJavaProjectionOfTheCapsule() {
        PinholeCamera camera = frontCamera(640, 360);
        int[] pixels = new int[640 * 360];
        renderer.render(standingCapsule(camera), pixels);
        ImagePoint centre = camera.project(new Vec3(0, 0, 0.9));
        int column = (int) Math.round(centre.u());
        int row = (int) Math.round(centre.v());
        // Top and bottom of the silhouette along the centre column vs the projected cap tips.
        double top = camera.project(new Vec3(0, 0, 1.5 + 0.15)).v();
        double bottom = camera.project(new Vec3(0, 0, 0.3 - 0.15)).v();
        int firstRed = -1;
        int lastRed = -1;
        for (int y = 0; y < 360; y++) {
            if (isRed(pixels[y * 640 + column])) {
                if (firstRed < 0) {
                    firstRed = y;
                }
                lastRed = y;
            }
        }
        assertTrue(Math.abs(firstRed - top) <= 2.0, "top row " + firstRed + " vs projected " + top);
        assertTrue(Math.abs(lastRed - bottom) <= 2.0, "bottom row " + lastRed + " vs projected " + bottom);
        // Width at the centre row vs the projected radius (silhouette of a cylinder at 4 m: within 2 px).
        double left = camera.project(new Vec3(-0.15, 0, 0.9)).u();
        double right = camera.project(new Vec3(0.15, 0, 0.9)).u();
        int firstCol = -1;
        int lastCol = -1;
        for (int x = 0; x < 640; x++) {
            if (isRed(pixels[row * 640 + x])) {
                if (firstCol < 0) {
                    firstCol = x;
                }
                lastCol = x;
            }
        }
        assertTrue(Math.abs(firstCol - left) <= 2.0, "left column " + firstCol + " vs projected " + left);
        assertTrue(Math.abs(lastCol - right) <= 2.0, "right column " + lastCol + " vs projected " + right);
    }

    @Test
    void offCentrePrincipalPointAndUnequalFocalLengthsAreHonoured() {
        // R = identity rotated so that the camera looks along world +Y with Z up: x_cam = X, y_cam = -Z, z_cam = Y.
        double[] r = {1, 0, 0, 0, 0, -1, 0, 1, 0};
        double[] t = {0, 1.0, 3.0};
        PinholeCamera camera = new PinholeCamera(500, 420, 150.3, 170.7, 400, 300, r, t);
        Vec3[] centres = {new Vec3(0.3, 0, 1.2), new Vec3(-0.5, 0.5, 0.6)};
        for (Vec3 centre : centres) {
            RenderScene scene = RenderScene.builder(camera).sphere(new Sphere(centre, 0.06, RED)).build();
            int[] pixels = new int[400 * 300];
            renderer.render(scene, pixels);
            double sumU = 0;
            double sumV = 0;
            int n = 0;
            for (int y = 0; y < 300; y++) {
                for (int x = 0; x < 400; x++) {
                    if (isRed(pixels[y * 400 + x])) {
                        sumU += x;
                        sumV += y;
                        n++;
                    }
                }
            }
            assertTrue(n > 50, "sphere should cover pixels, got " + n);
            ImagePoint p = camera.project(centre);
            assertTrue(p.u() > 0 && p.u() < 400 && p.v() > 0 && p.v() < 300, "sphere centre should be in view: " + p);
            assertEquals(p.u(), sumU / n, 1.0, "centroid column");
            assertEquals(p.v(), sumV / n, 1.0, "centroid row");
        }
    }

    @Test
    void backgroundImageIsDrawnBehindTheScene() {
        PinholeCamera camera = frontCamera(320, 180);
        int[] frame = new int[320 * 180];
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                frame[y * 320 + x] = y < 90 ? 0xff2040c0 : 0xff40c020; // blue top half, green bottom half
            }
        }
        RenderScene scene = RenderScene.builder(camera)
                .background(ArgbImage.copyOf(320, 180, frame))
                .capsule(new Vec3(0, 0, 0.3), new Vec3(0, 0, 1.5), 0.15, RED)
                .build();
        int[] pixels = new int[320 * 180];
        renderer.render(scene, pixels);
        assertEquals(0xff2040c0, pixels[5 * 320 + 5], "top-left shows the image's top half");
        assertEquals(0xff40c020, pixels[175 * 320 + 5], "bottom-left shows the image's bottom half (rows not flipped)");
        ImagePoint centre = camera.project(new Vec3(0, 0, 0.9));
        assertTrue(isRed(pixels[(int) Math.round(centre.v()) * 320 + (int) Math.round(centre.u())]), "capsule over the image");
    }

    @Test
    void framesOfDifferentSizesShareOneRenderer() {
        for (int[] size : new int[][] {{64, 48}, {1280, 720}, {63, 47}}) {
            RenderScene scene = standingCapsule(frontCamera(size[0], size[1]));
            BufferedImage image = renderer.render(scene);
            assertEquals(size[0], image.getWidth());
            ImagePoint centre = scene.camera().project(new Vec3(0, 0, 0.9));
            assertTrue(isRed(image.getRGB((int) Math.round(centre.u()), (int) Math.round(centre.v()))),
                    "capsule at " + size[0] + "x" + size[1]);
        }
    }

    static boolean isRed(int argb) {
        return red(argb) > 40 && red(argb) > 2.5 * green(argb) && red(argb) > 2.5 * blue(argb);
    }

    static int red(int argb) {
        return (argb >>> 16) & 0xff;
    }

    static int green(int argb) {
        return (argb >>> 8) & 0xff;
    }

    static int blue(int argb) {
        return argb & 0xff;
    }
}
