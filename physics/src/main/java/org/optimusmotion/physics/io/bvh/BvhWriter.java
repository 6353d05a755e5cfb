package org.optimusmotion.physics.io.bvh;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.optimusmotion.optimizer.io.AtomicFiles;

/**
 * Writes BVH files that {@link BvhReader} and common tools (Blender's importer) read: tab-indented
 * hierarchy, offsets and channel values with up to {@value #DECIMALS} decimals (trailing zeros dropped, so
 * values read from files with fewer decimals are written back exactly), frame time with 8 decimals.
 * Written atomically (temp file + atomic move).
 *
 * <p>Round trip: writing a motion and reading it back gives the same hierarchy and channel order,
 * and values equal to the written ones rounded to {@value #DECIMALS} decimals; a second write of what
 * was read is byte-identical to the first.
 *
 * <p>Stateless and thread-safe.
 */
public final class BvhWriter {

    /** Most decimals printed for offsets and channel values. */
    public static final int DECIMALS = 9;

    private static final String NUMBER = "%." + DECIMALS + "f";

    /** Writes {@code motion} to {@code file} atomically. */
    public void write(Path file, BvhMotion motion) throws IOException {
        AtomicFiles.writeText(file, out -> write(out, motion));
    }

    /** Writes {@code motion} as BVH text. */
    public void write(Writer out, BvhMotion motion) throws IOException {
        BvhSkeleton s = motion.skeleton();
        out.write("HIERARCHY\n");
        writeJoint(out, s, 0, 0);
        out.write("MOTION\n");
        out.write("Frames: " + motion.frameCount() + "\n");
        out.write(String.format(Locale.ROOT, "Frame Time: %.8f%n", motion.frameTimeSeconds()).replace("\r", ""));
        int c = s.channelCount();
        double[] v = motion.valuesRef();
        StringBuilder line = new StringBuilder(c * 12);
        for (int f = 0; f < motion.frameCount(); f++) {
            line.setLength(0);
            for (int i = 0; i < c; i++) {
                if (i > 0) {
                    line.append(' ');
                }
                line.append(format(v[f * c + i]));
            }
            line.append('\n');
            out.write(line.toString());
        }
    }

    private static void writeJoint(Writer out, BvhSkeleton s, int j, int depth) throws IOException {
        BvhJoint joint = s.joint(j);
        String indent = "\t".repeat(depth);
        out.write(indent + (j == 0 ? "ROOT " : "JOINT ") + joint.name() + "\n");
        out.write(indent + "{\n");
        out.write(indent + "\tOFFSET " + vector(joint.offset()) + "\n");
        List<BvhChannel> channels = joint.channels();
        if (!channels.isEmpty() || j == 0) {
            StringBuilder b = new StringBuilder(indent).append("\tCHANNELS ").append(channels.size());
            for (BvhChannel ch : channels) {
                b.append(' ').append(ch.fileName());
            }
            out.write(b.append('\n').toString());
        }
        for (int child : s.children(j)) {
            writeJoint(out, s, child, depth + 1);
        }
        if (joint.hasEndSite()) {
            out.write(indent + "\tEnd Site\n");
            out.write(indent + "\t{\n");
            out.write(indent + "\t\tOFFSET " + vector(joint.endSiteOffset()) + "\n");
            out.write(indent + "\t}\n");
        }
        out.write(indent + "}\n");
    }

    private static String vector(double[] v) {
        return format(v[0]) + " " + format(v[1]) + " " + format(v[2]);
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, NUMBER, v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        s = s.substring(0, end);
        // "-0" reads back as -0.0; print it as 0 so that round trips are byte-stable.
        return s.equals("-0") ? "0" : s;
    }
}
