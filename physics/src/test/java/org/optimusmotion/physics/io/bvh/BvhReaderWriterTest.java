package org.optimusmotion.physics.io.bvh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.TestData;
import org.optimusmotion.physics.io.MotionFormatException;

class BvhReaderWriterTest {

    private static final Path FIXTURE = TestData.resource("/org/optimusmotion/physics/io/bvh/syntax_features.bvh");

    @TempDir
    Path tmp;

    @Test
    void readsHierarchyWithArbitraryChannelOrdersAndSixChannelJoints() throws IOException {
        BvhMotion m = new BvhReader().read(FIXTURE);
        BvhSkeleton s = m.skeleton();
        assertEquals(List.of("Root", "Arm", "Slider", "Leg", "Slider_End", "Leg_End"), s.pointNames());
        assertEquals(List.of(BvhChannel.ZROTATION, BvhChannel.XROTATION, BvhChannel.YROTATION), s.joint(1).channels());
        assertEquals(6, s.joint(2).channels().size());
        assertEquals(List.of(BvhChannel.YROTATION, BvhChannel.ZROTATION, BvhChannel.XROTATION), s.joint(3).channels());
        assertEquals(18, s.channelCount());
        assertEquals(3, m.frameCount());
        assertEquals(0.0333333, m.frameTimeSeconds(), 0);
        assertEquals(0.3, m.value(2, 2), 0);
        assertEquals(1, s.indexOf("Arm"));
        assertEquals(-1, s.indexOf("Nope"));
    }

    @Test
    void roundTripGivesIdenticalHierarchyAndMotionAndStableText() throws IOException {
        BvhMotion original = new BvhReader().read(FIXTURE);
        Path first = tmp.resolve("a.bvh");
        new BvhWriter().write(first, original);
        BvhMotion back = new BvhReader().read(first);
        assertSameMotion(original, back, 0);
        Path second = tmp.resolve("b.bvh");
        new BvhWriter().write(second, back);
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void roundTripOfSharedMocapFilesKeepsEveryValue() throws IOException {
        Path dir = TestData.shared("mocap");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".bvh")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 5);
        // One file of each kind keeps the test fast: cgspeed, cgspeed "max", iClone CC_Base, Daz, ASF names.
        for (String name : List.of("cmu_07_01_walk.bvh", "cmu_131_01_cgspeed.bvh", "cmu_002_01_iclone.bvh",
                "cmu_02_03_run_jog_daz.bvh", "cmu_16_01_jump_cmu_names.bvh")) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            BvhMotion original = new BvhReader().read(file);
            Path out = tmp.resolve(name);
            new BvhWriter().write(out, original);
            assertSameMotion(original, new BvhReader().read(out), 1e-9);
        }
    }

    @Test
    void writerLeavesNoTemporaryFiles() throws IOException {
        new BvhWriter().write(tmp.resolve("x.bvh"), new BvhReader().read(FIXTURE));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("x.bvh")), s.toList());
        }
    }

    @Test
    void truncatedMotionIsReportedWithTheFrameCounts() throws IOException {
        String msg = corrupt(lines -> lines.remove(lines.size() - 2));
        assertTrue(msg.contains("truncated: Frames: says 3 but the file has 2 frame lines"), msg);
    }

    @Test
    void wrongNumberOfValuesNamesTheLine() throws IOException {
        String msg = corrupt(lines -> lines.set(lines.size() - 3, "1 2 3 90 0 0 0 0 0 1 0 0 0 0 0 0 0"));
        assertTrue(msg.matches(".*bad\\.bvh line 34: frame 1: expected 18 values, found 17"), msg);
    }

    @Test
    void nanValueIsRejected() throws IOException {
        String msg = corrupt(lines -> lines.set(lines.size() - 4, "NaN 2 3 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"));
        assertTrue(msg.contains("line 33: frame 0 value 1: non-finite 'NaN'"), msg);
    }

    @Test
    void textInsteadOfNumberIsRejected() throws IOException {
        String msg = corrupt(lines -> lines.set(lines.size() - 4, "1 2 x 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"));
        assertTrue(msg.contains("not a number 'x'"), msg);
    }

    @Test
    void unknownChannelIsRejected() throws IOException {
        String msg = corrupt(lines -> lines.set(8, "\t  CHANNELS 3 Zrotation Wrotation Yrotation"));
        assertTrue(msg.contains("line 9: joint Arm: unknown channel 'Wrotation'"), msg);
    }

    @Test
    void extraFrameLinesAreRejected() throws IOException {
        String msg = corrupt(lines -> lines.add("1 2 3 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"));
        assertTrue(msg.contains("more frame lines than Frames: 3"), msg);
    }

    @Test
    void fileCutInTheHierarchyIsTruncated() throws IOException {
        String msg = corrupt(lines -> lines.subList(12, lines.size()).clear());
        assertTrue(msg.contains("truncated"), msg);
    }

    @Test
    void badOffsetIsRejected() throws IOException {
        String msg = corrupt(lines -> lines.set(7, "\t  OFFSET 0 ten 0"));
        assertTrue(msg.contains("line 8: expected a number, found 'ten'"), msg);
    }

    @Test
    void missingFileIsAFormatError() {
        MotionFormatException e = assertThrows(MotionFormatException.class,
                () -> new BvhReader().read(tmp.resolve("none.bvh")));
        assertTrue(e.getMessage().endsWith("none.bvh: file not found"));
    }

    private interface Edit {
        void apply(List<String> lines);
    }

    private String corrupt(Edit edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(FIXTURE, StandardCharsets.UTF_8));
        edit.apply(lines);
        Path bad = tmp.resolve("bad.bvh");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new BvhReader().read(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        return e.getMessage();
    }

    static void assertSameMotion(BvhMotion a, BvhMotion b, double tol) {
        BvhSkeleton sa = a.skeleton();
        BvhSkeleton sb = b.skeleton();
        assertEquals(sa.pointNames(), sb.pointNames());
        for (int j = 0; j < sa.jointCount(); j++) {
            assertEquals(sa.joint(j).parent(), sb.joint(j).parent());
            assertEquals(sa.joint(j).channels(), sb.joint(j).channels());
            assertArrayEquals(sa.joint(j).offset(), sb.joint(j).offset(), tol);
            assertEquals(sa.joint(j).hasEndSite(), sb.joint(j).hasEndSite());
            if (sa.joint(j).hasEndSite()) {
                assertArrayEquals(sa.joint(j).endSiteOffset(), sb.joint(j).endSiteOffset(), tol);
            }
        }
        assertEquals(a.frameCount(), b.frameCount());
        assertEquals(a.frameTimeSeconds(), b.frameTimeSeconds(), 1e-8);
        assertArrayEquals(a.valuesRef(), b.valuesRef(), tol);
    }
}
