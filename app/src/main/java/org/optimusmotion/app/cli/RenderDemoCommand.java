package org.optimusmotion.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.optimusmotion.app.render.GroundGrid;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.RenderUnavailableException;
import org.optimusmotion.app.render.RendererOptions;
import org.optimusmotion.app.render.Vec3;
import org.optimusmotion.app.render.WalkingFigure;
import org.optimusmotion.app.video.VideoWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus render-demo}: renders a capsule figure walking in place with the offscreen renderer
 * and writes it to MP4, reporting milliseconds per frame. Needs no display; checks that OpenGL (EGL)
 * and FFmpeg work on this machine.
 */
@Command(name = "render-demo",
        mixinStandardHelpOptions = true,
        description = "Render a walking capsule figure offscreen (OpenGL through EGL, no display) to an MP4 "
                + "and print the milliseconds per frame.")
public final class RenderDemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.mp4", description = "Video to write (replaced atomically).")
    Path out;

    @Option(names = "--seconds", defaultValue = "4", description = "Length in seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--width", defaultValue = "1280", description = "Frame width, even (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "720", description = "Frame height, even (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--fps", defaultValue = "30", description = "Frames per second (default ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--msaa", defaultValue = "0",
            description = "Multisample anti-aliasing samples: 0, 2, 4 or 8 (default ${DEFAULT-VALUE}).")
    int msaa;

    @Option(names = "--snapshot", paramLabel = "FILE.png", description = "Also save the middle frame as a PNG.")
    Path snapshot;

    @Override
    public Integer call() throws IOException {
        validate();
        int frames = (int) Math.max(1, Math.round(seconds * fps));
        PinholeCamera camera = PinholeCamera.lookAt(new Vec3(1.4, -3.8, 1.5), new Vec3(0, 0, 0.85), 42, width, height);
        int[] pixels = new int[width * height];
        long renderNanos = 0;
        long encodeNanos = 0;
        String renderer;
        String codec;
        try (OffscreenRenderer gl = new OffscreenRenderer(RendererOptions.defaults().withMsaa(msaa))) {
            renderer = gl.description() + ", " + gl.msaaSamples() + "x MSAA";
            VideoWriter writer = VideoWriter.open(out, width, height, fps);
            codec = writer.codec().encoderName();
            try (TerminalProgress progress = TerminalProgress.start("render-demo", frames)) {
                for (int i = 0; i < frames; i++) {
                    RenderScene scene = WalkingFigure.addTo(RenderScene.builder(camera), i / fps)
                            .ground(GroundGrid.defaultFloor())
                            .build();
                    long t0 = System.nanoTime();
                    gl.render(scene, pixels);
                    long t1 = System.nanoTime();
                    writer.write(pixels);
                    long t2 = System.nanoTime();
                    // The first frame pays for shader compilation and buffer set-up: leave it out of the rate.
                    if (i > 0 || frames == 1) {
                        renderNanos += t1 - t0;
                        encodeNanos += t2 - t1;
                    }
                    if (snapshot != null && i == frames / 2) {
                        writePng(pixels, snapshot);
                    }
                    progress.step();
                }
                writer.close();
            } finally {
                writer.abort();
            }
        } catch (RenderUnavailableException e) {
            throw new UserError("offscreen OpenGL is not available: " + e.getMessage(), e);
        }
        int timed = frames == 1 ? 1 : frames - 1;
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("wrote %s: %d frames, %dx%d, %.3g fps, %s%n", out, frames, width, height, fps, codec);
        stdout.printf("render + readback: %.2f ms/frame; encode: %.2f ms/frame (%s)%n",
                renderNanos / 1e6 / timed, encodeNanos / 1e6 / timed, renderer);
        stdout.flush();
        return 0;
    }

    private void validate() {
        if (!(seconds > 0 && seconds <= 600)) {
            throw new UserError("--seconds must be in (0, 600], got " + seconds);
        }
        if (!(fps > 0 && fps <= 120)) {
            throw new UserError("--fps must be in (0, 120], got " + fps);
        }
        if (msaa != 0 && msaa != 2 && msaa != 4 && msaa != 8) {
            throw new UserError("--msaa must be 0, 2, 4 or 8, got " + msaa);
        }
        if (width < 16 || height < 16 || width > 4096 || height > 4096 || width % 2 != 0 || height % 2 != 0) {
            throw new UserError("--width and --height must be even and in [16, 4096], got " + width + "x" + height);
        }
    }

    private void writePng(int[] argb, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
