package org.optimusmotion.optimizer.learned;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.io.AtomicFiles;

/**
 * Trained meta-parameters of a learned optimizer with the architecture they belong to, and their file
 * format.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic {@code "OPTMWGHT"} (8 bytes); int format version
 * ({@link #FORMAT_VERSION}); UTF kind id ({@code optimus} / {@code adafactor-mlp}); int count of header
 * entries, then that many UTF key / UTF value pairs (the architecture); UTF free-text provenance; int θ
 * length; θ as doubles; then 32 bytes SHA-256 of everything before it. Reading checks all of these, and
 * that θ's length matches the architecture, and says which check failed.
 *
 * @param kind       optimizer family
 * @param config     architecture key/values (from {@link LearnedOptimizer#configHeader()})
 * @param provenance free text: command, seed, commit, steps
 * @param theta      meta-parameters (copied)
 */
public record LearnedWeights(LearnedOptimizerKind kind, Map<String, String> config, String provenance, double[] theta) {

    public static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "OPTMWGHT".getBytes(StandardCharsets.US_ASCII);
    private static final int SHA256_BYTES = 32;

    public LearnedWeights {
        config = Map.copyOf(new LinkedHashMap<>(config));
        theta = theta.clone();
        LearnedOptimizer family = family(kind, config);
        if (family.thetaLength() != theta.length) {
            throw new IllegalArgumentException(kind.id() + " with " + config + " needs " + family.thetaLength()
                    + " meta-parameters, got " + theta.length);
        }
    }

    /** Weights of a family (its own architecture header). */
    public static LearnedWeights of(LearnedOptimizer family, double[] theta, String provenance) {
        return new LearnedWeights(family.kind(), family.configHeader(), provenance, theta);
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    /** The learned optimizer family these weights belong to. */
    public LearnedOptimizer family() {
        return family(kind, config);
    }

    /** An ordinary optimizer running with these weights. */
    public Optimizer optimizer() {
        return family().withWeights(theta);
    }

    /** The optimizer these weights define, with a descent safeguard ({@link LearnedOptimizer#withWeights(double[], int)}). */
    public Optimizer optimizer(int descentHalvings) {
        return family().withWeights(theta, descentHalvings);
    }

    /** The optimizer these weights define, taking its steps by {@code rule}. */
    public Optimizer optimizer(StepRule rule) {
        return family().withWeights(theta, rule);
    }

    private static LearnedOptimizer family(LearnedOptimizerKind kind, Map<String, String> config) {
        return switch (kind) {
            case OPTIMUS -> new Optimus(OptimusConfig.fromHeader(config));
            case ADAFACTOR_MLP -> new AdafactorMlp(AdafactorMlpConfig.fromHeader(config));
        };
    }

    /** Serialises to bytes (format in the class comment). */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 8 * theta.length);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(kind.id());
            out.writeInt(config.size());
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(config).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.writeUTF(provenance);
            out.writeInt(theta.length);
            for (double t : theta) {
                out.writeDouble(t);
            }
            out.flush();
            byte[] body = bytes.toByteArray();
            out.write(sha256(body, body.length));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e);
        }
    }

    /** Writes atomically (temp file in the same folder, then atomic move). */
    public void write(Path file) throws IOException {
        AtomicFiles.writeBytes(file, toBytes());
    }

    /** Reads and validates a weight file. */
    public static LearnedWeights read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** Reads and validates weights from a stream (for class-path resources); {@code source} names it in errors. */
    public static LearnedWeights read(InputStream in, String source) throws IOException {
        return parse(in.readAllBytes(), source);
    }

    /** Parses bytes written by {@link #toBytes()}; {@code source} names them in error messages. */
    public static LearnedWeights parse(byte[] bytes, String source) throws WeightsFileException {
        if (bytes.length < MAGIC.length + SHA256_BYTES || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new WeightsFileException(source + ": not an Optimus Motion weight file (bad magic or too short)");
        }
        int bodyLength = bytes.length - SHA256_BYTES;
        byte[] expected = Arrays.copyOfRange(bytes, bodyLength, bytes.length);
        if (!MessageDigest.isEqual(expected, sha256(bytes, bodyLength))) {
            throw new WeightsFileException(source + ": SHA-256 checksum mismatch, the file is corrupt or truncated");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bodyLength))) {
            in.skipNBytes(MAGIC.length);
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new WeightsFileException(source + ": format version " + version + " is not supported (expected "
                        + FORMAT_VERSION + ")");
            }
            LearnedOptimizerKind kind;
            String kindId = in.readUTF();
            try {
                kind = LearnedOptimizerKind.fromId(kindId);
            } catch (IllegalArgumentException e) {
                throw new WeightsFileException(source + ": " + e.getMessage());
            }
            int entries = in.readInt();
            Map<String, String> config = new LinkedHashMap<>();
            for (int i = 0; i < entries; i++) {
                config.put(in.readUTF(), in.readUTF());
            }
            String provenance = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > (bodyLength / 8)) {
                throw new WeightsFileException(source + ": implausible parameter count " + length);
            }
            double[] theta = new double[length];
            for (int i = 0; i < length; i++) {
                theta[i] = in.readDouble();
            }
            if (in.available() != 0) {
                throw new WeightsFileException(source + ": " + in.available() + " unexpected bytes after the parameters");
            }
            try {
                return new LearnedWeights(kind, config, provenance, theta);
            } catch (IllegalArgumentException e) {
                throw new WeightsFileException(source + ": architecture mismatch: " + e.getMessage());
            }
        } catch (EOFException e) {
            throw new WeightsFileException(source + ": file ends early");
        } catch (WeightsFileException e) {
            throw e;
        } catch (IOException e) {
            throw new WeightsFileException(source + ": " + e.getMessage());
        }
    }

    private static byte[] sha256(byte[] data, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data, 0, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnedWeights w && kind == w.kind && config.equals(w.config)
                && provenance.equals(w.provenance) && Arrays.equals(theta, w.theta);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(theta);
    }

    @Override
    public String toString() {
        return "LearnedWeights[" + kind.id() + ", " + config + ", " + theta.length + " parameters]";
    }
}
