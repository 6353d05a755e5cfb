package org.optimusmotion.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.detect.DetectionJob;
import org.optimusmotion.app.detect.DetectionTrack;
import org.optimusmotion.app.detect.LandmarkOutput;
import org.optimusmotion.app.gui.task.DirectTaskExecutor;
import org.optimusmotion.app.video.VideoFileException;

/** The detection action's ViewModel with a stand-in detector: progress, messages, opening the result, cancel. */
class DetectionViewModelTest {

    private final List<String> messages = new ArrayList<>();
    private final List<List<Path>> opened = new ArrayList<>();

    private DetectionViewModel viewModel(DetectionViewModel.Runner runner) {
        return new DetectionViewModel(new DirectTaskExecutor(), runner, (kind, text) -> messages.add(kind + " " + text),
                opened::add);
    }

    /** A stand-in run over 10 frames with a person in {@code withPerson} of them; stops when cancelled. */
    private static DetectionViewModel.Runner fake(int withPerson) {
        return (job, listener, cancelled) -> {
            DetectionTrack track = new DetectionTrack(30, 64, 48, 10);
            for (int f = 0; f < 10 && !cancelled.getAsBoolean(); f++) {
                track.put(f, null);
                listener.frameDone(f + 1, 10, false);
            }
            return new DetectionJob.Result(withPerson == 0 ? track : withFound(withPerson), null, 0.5);
        };
    }

    private static DetectionTrack withFound(int n) {
        DetectionTrack track = new DetectionTrack(30, 64, 48, 10);
        LandmarkOutput out = new LandmarkOutput();
        out.presence = 0.9;
        for (int f = 0; f < 10; f++) {
            track.put(f, f < n ? out : null);
        }
        return track;
    }

    @Test
    void aFinishedDetectionOpensTheFolderWithTheVideo() {
        DetectionViewModel vm = viewModel(fake(8));
        Path video = Path.of("/clips/jump.mp4");
        vm.detect(video);
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get(), 0);
        assertEquals(List.of(List.of(Path.of("/clips/jump_detect"), video)), opened);
        assertTrue(messages.get(messages.size() - 1).startsWith("INFO Person found in 8 of 10 frames"), messages.toString());
    }

    @Test
    void theOutputGoesNextToTheVideoOrHomeWhenThatIsReadOnly(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("clip.mp4");
        assertEquals(dir.resolve("clip_detect"), DetectionJob.defaultOutputFolder(video));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "running as a user who writes anywhere");
            assertEquals(Path.of(System.getProperty("user.home"), "optimus-motion", "detections", "clip_detect"),
                    DetectionJob.defaultOutputFolder(video));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aVideoWithoutAPersonOpensNothingAndSaysSo() {
        DetectionViewModel vm = viewModel(fake(0));
        vm.detect(Path.of("/clips/empty.mp4"));
        assertTrue(opened.isEmpty());
        assertEquals("WARNING No person found in empty.mp4.", messages.get(messages.size() - 1));
    }

    @Test
    void failuresBecomeOneMessage() {
        DetectionViewModel vm = viewModel((job, listener, cancelled) -> {
            throw new VideoFileException(job.video(), "cannot be opened as video");
        });
        vm.detect(Path.of("/clips/broken.mp4"));
        assertFalse(vm.runningProperty().get());
        assertTrue(opened.isEmpty());
        assertTrue(messages.get(messages.size() - 1).startsWith("ERROR Detection failed: "), messages.toString());
    }

    @Test
    void cancelStopsTheRunningJob() {
        List<Integer> framesSeen = new ArrayList<>();
        DetectionViewModel[] vm = new DetectionViewModel[1];
        vm[0] = viewModel((job, listener, cancelled) -> {
            DetectionTrack track = new DetectionTrack(30, 64, 48, 10);
            for (int f = 0; f < 10 && !cancelled.getAsBoolean(); f++) {
                track.put(f, null);
                framesSeen.add(f);
                if (f == 2) {
                    vm[0].cancel();
                }
            }
            return new DetectionJob.Result(track, null, 0.1);
        });
        vm[0].detect(Path.of("/clips/long.mp4"));
        assertEquals(List.of(0, 1, 2), framesSeen);
        assertTrue(messages.get(messages.size() - 1).contains("before the detection was cancelled"), messages.toString());
    }
}
