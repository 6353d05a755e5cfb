package org.optimusmotion.physics.io.bvh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;

/**
 * Reads BVH files: one {@code ROOT} hierarchy with any number of {@code JOINT}s and
 * {@code End Site}s, joints with 0 to 6 channels in any order (e.g. {@code Zrotation Xrotation
 * Yrotation}, 3 or 6 channels), then {@code MOTION}, {@code Frames:}, {@code Frame Time:} and one line
 * of values per frame. Keywords and channel names are case-insensitive; joint names keep their case
 * (whitespace inside a name becomes {@code _}).
 *
 * <p>Strict about the motion block: each frame line must hold exactly the declared number of
 * channel values, values must be finite numbers, and the number of frame lines must equal
 * {@code Frames:} (trailing blank lines are fine). Problems raise {@link MotionFormatException} naming
 * the file and line.
 *
 * <p>Stateless and thread-safe.
 */
public final class BvhReader {

    /** Reads a BVH file. */
    public BvhMotion read(Path file) throws IOException {
        // ISO-8859-1 never fails on bytes; joint names are ASCII in practice.
        return parse(file, InputFiles.lines(file, StandardCharsets.ISO_8859_1));
    }

    /** Parses the lines of a BVH file; {@code file} is used in messages only (may be {@code null}). */
    public BvhMotion parse(Path file, List<String> lines) throws MotionFormatException {
        Tokens t = new Tokens(file, lines);
        t.expect("HIERARCHY");
        t.expect("ROOT");
        List<BvhJoint> joints = new ArrayList<>();
        parseJoint(t, -1, t.restOfLineAsName(), joints);
        BvhSkeleton skeleton;
        try {
            skeleton = new BvhSkeleton(joints);
        } catch (IllegalArgumentException e) {
            throw MotionFormatException.inFile(file, e.getMessage());
        }
        if (!t.hasNext()) {
            throw MotionFormatException.atLine(file, lines.size(), "truncated: MOTION section missing");
        }
        String next = t.peek();
        if (next.equalsIgnoreCase("ROOT")) {
            throw MotionFormatException.atLine(file, t.line(), "more than one ROOT is not supported");
        }
        t.expect("MOTION");
        t.expect("Frames:");
        int frames = t.nextInt();
        if (frames < 0) {
            throw MotionFormatException.atLine(file, t.line(), "negative frame count " + frames);
        }
        t.expect("Frame");
        t.expect("Time:");
        double frameTime = t.nextDouble();
        if (!(frameTime > 0) || Double.isInfinite(frameTime)) {
            throw MotionFormatException.atLine(file, t.line(), "Frame Time must be finite and > 0, got " + frameTime);
        }
        return new BvhMotion(skeleton, frameTime, parseFrames(file, lines, t.line(), frames, skeleton.channelCount()));
    }

    private static void parseJoint(Tokens t, int parent, String name, List<BvhJoint> joints)
            throws MotionFormatException {
        int self = joints.size();
        int nameLine = t.line();
        t.expect("{");
        t.expect("OFFSET");
        double[] offset = {t.nextDouble(), t.nextDouble(), t.nextDouble()};
        List<BvhChannel> channels = new ArrayList<>();
        if (t.peekIs("CHANNELS")) {
            t.next();
            int n = t.nextInt();
            if (n < 0 || n > 6) {
                throw MotionFormatException.atLine(t.file, t.line(), "joint " + name + ": CHANNELS count " + n
                        + " outside 0..6");
            }
            for (int i = 0; i < n; i++) {
                String c = t.next();
                BvhChannel channel = BvhChannel.parse(c);
                if (channel == null) {
                    throw MotionFormatException.atLine(t.file, t.line(), "joint " + name + ": unknown channel '" + c + "'");
                }
                if (channels.contains(channel)) {
                    throw MotionFormatException.atLine(t.file, t.line(), "joint " + name + ": duplicate channel " + c);
                }
                channels.add(channel);
            }
        }
        // Reserve our slot so that children get higher indices; fill it once the end site is known.
        joints.add(null);
        double[] endSite = null;
        while (true) {
            String tok = t.next();
            if (tok.equals("}")) {
                break;
            } else if (tok.equalsIgnoreCase("JOINT")) {
                int line = t.line();
                String childName = t.restOfLineAsName();
                if (childName.isEmpty()) {
                    throw MotionFormatException.atLine(t.file, line, "JOINT without a name");
                }
                parseJoint(t, self, childName, joints);
            } else if (tok.equalsIgnoreCase("End")) {
                t.expect("Site");
                if (endSite != null) {
                    throw MotionFormatException.atLine(t.file, t.line(), "joint " + name + " has two End Sites");
                }
                t.expect("{");
                t.expect("OFFSET");
                endSite = new double[] {t.nextDouble(), t.nextDouble(), t.nextDouble()};
                t.expect("}");
            } else {
                throw MotionFormatException.atLine(t.file, t.line(), "expected JOINT, End Site or '}' in joint "
                        + name + ", found '" + tok + "'");
            }
        }
        try {
            joints.set(self, new BvhJoint(name, parent, offset, channels, endSite));
        } catch (IllegalArgumentException e) {
            throw MotionFormatException.atLine(t.file, nameLine, e.getMessage());
        }
    }

    private static double[] parseFrames(Path file, List<String> lines, int headerLine, int frames, int channels)
            throws MotionFormatException {
        double[] values = new double[frames * channels];
        int f = 0;
        int i = headerLine; // 0-based index of the first line after "Frame Time:"
        for (; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (f == frames) {
                throw MotionFormatException.atLine(file, i + 1, "more frame lines than Frames: " + frames);
            }
            String[] parts = line.split("\\s+");
            if (parts.length != channels) {
                throw MotionFormatException.atLine(file, i + 1, "frame " + f + ": expected " + channels
                        + " values, found " + parts.length);
            }
            for (int c = 0; c < channels; c++) {
                double v;
                try {
                    v = Double.parseDouble(parts[c]);
                } catch (NumberFormatException e) {
                    throw MotionFormatException.atLine(file, i + 1, "frame " + f + " value " + (c + 1)
                            + ": not a number '" + parts[c] + "'");
                }
                if (!Double.isFinite(v)) {
                    throw MotionFormatException.atLine(file, i + 1, "frame " + f + " value " + (c + 1)
                            + ": non-finite '" + parts[c] + "'");
                }
                values[f * channels + c] = v;
            }
            f++;
        }
        if (f != frames) {
            throw MotionFormatException.atLine(file, lines.size(), "truncated: Frames: says " + frames
                    + " but the file has " + f + " frame lines");
        }
        return values;
    }

    /** Whitespace tokens of the header with their 1-based line numbers. */
    private static final class Tokens {
        private final Path file;
        private final List<String> lines;
        private int lineIndex = -1;
        private String[] current = new String[0];
        private int pos;

        Tokens(Path file, List<String> lines) {
            this.file = file;
            this.lines = lines;
        }

        boolean hasNext() {
            while (pos >= current.length) {
                if (lineIndex + 1 >= lines.size()) {
                    return false;
                }
                lineIndex++;
                String l = lines.get(lineIndex).trim();
                current = l.isEmpty() ? new String[0] : l.split("\\s+");
                pos = 0;
            }
            return true;
        }

        String peek() throws MotionFormatException {
            if (!hasNext()) {
                throw MotionFormatException.atLine(file, Math.max(1, lines.size()), "truncated: unexpected end of file");
            }
            return current[pos];
        }

        boolean peekIs(String keyword) throws MotionFormatException {
            return peek().equalsIgnoreCase(keyword);
        }

        String next() throws MotionFormatException {
            String s = peek();
            pos++;
            return s;
        }

        /** 1-based line of the last token read. */
        int line() {
            return lineIndex + 1;
        }

        void expect(String keyword) throws MotionFormatException {
            String s = next();
            if (!s.equalsIgnoreCase(keyword)) {
                throw MotionFormatException.atLine(file, line(), "expected '" + keyword + "', found '" + s + "'");
            }
        }

        int nextInt() throws MotionFormatException {
            String s = next();
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw MotionFormatException.atLine(file, line(), "expected an integer, found '" + s + "'");
            }
        }

        double nextDouble() throws MotionFormatException {
            String s = next();
            try {
                double v = Double.parseDouble(s);
                if (!Double.isFinite(v)) {
                    throw MotionFormatException.atLine(file, line(), "non-finite number '" + s + "'");
                }
                return v;
            } catch (NumberFormatException e) {
                throw MotionFormatException.atLine(file, line(), "expected a number, found '" + s + "'");
            }
        }

        /** The remaining tokens of the current line joined with '_' (a joint name). */
        String restOfLineAsName() {
            StringBuilder b = new StringBuilder();
            while (pos < current.length) {
                if (b.length() > 0) {
                    b.append('_');
                }
                b.append(current[pos++]);
            }
            return b.toString();
        }
    }
}
