package org.optimusmotion.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.RenderUnavailableException;
import org.optimusmotion.app.sample.SampleCaseWriter;
import org.optimusmotion.physics.model.HumanoidLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus sample}: writes the bundled sample case (the humanoid walking, rendered, with tracks,
 * camera and ground truth). {@code ./optimus sample --out assets/sample} regenerates the shipped one.
 */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic case folder: the simulated body walking, rendered to video.mp4, with "
                + "camera.json, keypoints2d.csv, keypoints3d.csv and ground_truth.csv.")
public final class SampleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Case folder to write.")
    Path out;

    @Option(names = "--seconds", defaultValue = "2.5", description = "Length in seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--seed", defaultValue = "6", description = "Noise seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        SampleCaseWriter bundled = SampleCaseWriter.bundled();
        SampleCaseWriter writer;
        try {
            writer = new SampleCaseWriter(seconds, bundled.fps(), bundled.width(), bundled.height(), bundled.speedMps(),
                    bundled.noise2dPx(), bundled.noise3dM(), seed);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (OffscreenRenderer renderer = new OffscreenRenderer()) {
            writer.write(out, HumanoidLoader.loadDefault(), renderer);
        } catch (RenderUnavailableException e) {
            throw new UserError("cannot render the sample: " + e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}
