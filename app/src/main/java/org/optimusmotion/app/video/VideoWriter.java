package org.optimusmotion.app.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes {@code 0xAARRGGBB} frames to an MP4 file at a constant frame rate, atomically: frames go to
 * a temporary file in the target's directory, and {@link #close()} moves it over the target in one
 * step, so the target is either the old file or the complete new one. {@link #abort()} (or a failed
 * close) deletes the temporary file.
 *
 * <p>Codec: H.264 through libopenh264 (Constrained Baseline, YUV 4:2:0) when FFmpeg has it (the
 * bytedeco 7.1.1 build does), otherwise MPEG-4 Part 2; see {@link #codec()}. Width and height must be
 * even (4:2:0 chroma). Not thread-safe.
 */
public final class VideoWriter implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final int width;
    private final int height;
    private final FFmpegFrameRecorder recorder;
    private final VideoCodec codec;
    private final ByteBuffer staging;
    private final IntBuffer stagingInts;
    private int framesWritten;
    private boolean finished;

    private VideoWriter(Path target, Path temp, int width, int height, FFmpegFrameRecorder recorder, VideoCodec codec) {
        this.target = target;
        this.temp = temp;
        this.width = width;
        this.height = height;
        this.recorder = recorder;
        this.codec = codec;
        this.staging = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.LITTLE_ENDIAN);
        this.stagingInts = staging.asIntBuffer();
    }

    /**
     * Starts writing an MP4 of {@code width x height} pixels at {@code fps} frames per second.
     *
     * @param target the .mp4 file to create or replace
     * @param width frame width, even, in [2, 8192]
     * @param height frame height, even, in [2, 8192]
     * @param fps frames per second, in (0, 240]
     * @throws VideoFileException if the directory cannot be written or no encoder starts
     */
    public static VideoWriter open(Path target, int width, int height, double fps) throws VideoFileException {
        Objects.requireNonNull(target, "target");
        if (width < 2 || height < 2 || width > 8192 || height > 8192 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("video size must be even and in [2, 8192], got " + width + "x" + height);
        }
        if (!(fps > 0 && fps <= 240)) {
            throw new IllegalArgumentException("video fps must be in (0, 240], got " + fps);
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp.mp4");
        } catch (IOException e) {
            throw new VideoFileException(target, "cannot create a temporary file in " + dir + ": " + e.getMessage(), e);
        }
        VideoFileException lastFailure = null;
        for (VideoCodec codec : VideoCodec.values()) {
            if (avcodec.avcodec_find_encoder_by_name(codec.encoderName()) == null) {
                continue;
            }
            FFmpegFrameRecorder recorder = newRecorder(temp, width, height, fps, codec);
            try {
                recorder.start();
                return new VideoWriter(absolute, temp, width, height, recorder, codec);
            } catch (FrameRecorder.Exception | RuntimeException e) {
                releaseQuietly(recorder);
                lastFailure = new VideoFileException(target, "the " + codec.encoderName() + " encoder did not start: "
                        + e.getMessage(), e);
            }
        }
        deleteQuietly(temp);
        throw lastFailure != null ? lastFailure
                : new VideoFileException(target, "FFmpeg has neither the libopenh264 nor the mpeg4 encoder");
    }

    private static FFmpegFrameRecorder newRecorder(Path file, int width, int height, double fps, VideoCodec codec) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        recorder.setFormat("mp4");
        recorder.setFrameRate(fps);
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setVideoCodecName(codec.encoderName());
        recorder.setGopSize((int) Math.max(1, Math.round(fps)));
        if (codec == VideoCodec.H264) {
            // About 0.15 bits per pixel per frame: clean edges on rendered bodies.
            recorder.setVideoBitrate((int) Math.min(Integer.MAX_VALUE, 0.15 * width * height * fps));
        } else {
            recorder.setVideoQuality(2); // qscale 2: near-lossless for MPEG-4 Part 2
        }
        return recorder;
    }

    /** The codec in use. */
    public VideoCodec codec() {
        return codec;
    }

    /** Frames written so far. */
    public int framesWritten() {
        return framesWritten;
    }

    /**
     * Appends one frame.
     *
     * @param argb width * height pixels, {@code 0xAARRGGBB}, row-major from the top-left (alpha ignored)
     */
    public void write(int[] argb) throws VideoFileException {
        if (finished) {
            throw new IllegalStateException("the video writer for " + target + " is closed");
        }
        if (argb.length < width * height) {
            throw new IllegalArgumentException("frame holds " + argb.length + " pixels, the " + width + "x" + height
                    + " video needs " + width * height);
        }
        stagingInts.clear();
        stagingInts.put(argb, 0, width * height);
        try {
            recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 4, width * 4, AV_PIX_FMT_BGRA, staging);
        } catch (FrameRecorder.Exception | RuntimeException e) {
            throw new VideoFileException(target, "encoding frame " + framesWritten + " failed: " + e.getMessage(), e);
        }
        framesWritten++;
    }

    /** Appends one frame from an image of the video's size (any type; INT_ARGB/INT_RGB are copied without conversion). */
    public void write(BufferedImage image) throws VideoFileException {
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + image.getWidth() + "x" + image.getHeight() + ", the video is "
                    + width + "x" + height);
        }
        if (image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_RGB) {
            write(((DataBufferInt) image.getRaster().getDataBuffer()).getData());
        } else {
            write(image.getRGB(0, 0, width, height, null, 0, width));
        }
    }

    /**
     * Finishes the file and moves it over the target. If that fails the temporary file is deleted and
     * the target left as it was.
     */
    @Override
    public void close() throws VideoFileException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            recorder.stop();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            releaseQuietly(recorder);
            deleteQuietly(temp);
            throw new VideoFileException(target, "finishing the MP4 failed: " + e.getMessage(), e);
        }
        releaseQuietly(recorder);
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new VideoFileException(target, "cannot move the finished video into place: " + e.getMessage(), e);
        }
    }

    /** Stops writing and deletes the temporary file; the target is left untouched. Idempotent. */
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        releaseQuietly(recorder);
        deleteQuietly(temp);
    }

    private static void releaseQuietly(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (FrameRecorder.Exception | RuntimeException ignored) {
            // Freed either way; the caller already has the real error.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover hidden temp file is harmless; the real error is reported.
        }
    }

    static {
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }
}
