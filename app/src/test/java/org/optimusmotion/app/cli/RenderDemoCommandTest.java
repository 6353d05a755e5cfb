package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.video.VideoReader;
import picocli.CommandLine;

class RenderDemoCommandTest {

    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    /** As {@link #run}, with System.err silenced: the progress bar writes there (picocli's err then too). */
    private static int runQuietly(StringWriter out, StringWriter err, String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return run(out, err, args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void writesAVideoWithTheRequestedFramesAndReportsMsPerFrame() throws Exception {
        Path video = dir.resolve("demo.mp4");
        Path png = dir.resolve("snap.png");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = runQuietly(out, err, "render-demo", "--out", video.toString(), "--seconds", "0.5", "--fps", "10",
                "--width", "96", "--height", "64", "--snapshot", png.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("ms/frame"), out.toString());
        assertTrue(Files.size(png) > 0);
        try (VideoReader reader = VideoReader.open(video)) {
            assertEquals(5, reader.info().frameCount());
            assertEquals(96, reader.info().width());
        }
    }

    @Test
    void oddSizeIsAUserError() {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "render-demo", "--out", dir.resolve("x.mp4").toString(), "--width", "33");
        assertEquals(UserError.EXIT_CODE, code);
        assertTrue(err.toString().contains("--width"), err.toString());
    }
}
