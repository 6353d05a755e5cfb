package org.optimusmotion.app.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads frames of a video file (any container and codec FFmpeg decodes) by index, as
 * {@code 0xAARRGGBB} pixels. Reading frames in order decodes each once; any other index seeks exactly
 * ({@link FFmpegFrameGrabber#setVideoFrameNumber}); going back to frame 0 restarts the decoder,
 * because after a seek to 0 a read-all loop was measured to come back one frame short.
 *
 * <p>Not thread-safe: one reader per thread. Close it to free the decoder.
 */
public final class VideoReader implements AutoCloseable {

    static {
        // FFmpeg logs only fatal errors: our exceptions carry the message.
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private final FFmpegFrameGrabber grabber;
    private final VideoInfo info;
    private int nextIndex;

    private VideoReader(FFmpegFrameGrabber grabber, VideoInfo info) {
        this.grabber = grabber;
        this.info = info;
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws VideoFileException if the file is missing, unreadable, not a video FFmpeg understands,
     *     truncated before its index, or holds no video stream
     */
    public static VideoReader open(Path file) throws VideoFileException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new VideoFileException(file, "no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new VideoFileException(file, "not a readable file");
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(AV_PIX_FMT_BGRA);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            releaseQuietly(grabber);
            throw new VideoFileException(file, "cannot be opened as video (corrupt, truncated or not a video): "
                    + e.getMessage(), e);
        }
        try {
            if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
                throw new VideoFileException(file, "holds no video stream");
            }
            double fps = grabber.getVideoFrameRate();
            if (!(fps > 0) || !Double.isFinite(fps)) {
                throw new VideoFileException(file, "has no valid frame rate (got " + fps + ")");
            }
            int frames = countFrames(grabber);
            if (frames <= 0) {
                throw new VideoFileException(file, "holds no video frames");
            }
            VideoInfo info = new VideoInfo(file, grabber.getImageWidth(), grabber.getImageHeight(), frames, fps,
                    grabber.getVideoCodecName());
            return new VideoReader(grabber, info);
        } catch (VideoFileException e) {
            releaseQuietly(grabber);
            throw e;
        }
    }

    /** The container's exact frame count when present (MP4, MOV, MKV with stats), else duration x rate. */
    private static int countFrames(FFmpegFrameGrabber grabber) {
        AVFormatContext format = grabber.getFormatContext();
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            if (stream.codecpar().codec_type() == avutil.AVMEDIA_TYPE_VIDEO && stream.nb_frames() > 0) {
                return (int) stream.nb_frames();
            }
        }
        return grabber.getLengthInVideoFrames();
    }

    /** Size, frame count, rate and codec. */
    public VideoInfo info() {
        return info;
    }

    /**
     * Decodes frame {@code index} into {@code outArgb}.
     *
     * @param index frame index in [0, frameCount)
     * @param outArgb receives width * height pixels, row-major from the top-left
     * @throws VideoFileException if the frame cannot be decoded (for example the file ends early)
     */
    public void readFrame(int index, int[] outArgb) throws VideoFileException {
        Objects.checkIndex(index, info.frameCount());
        if (outArgb.length < info.width() * info.height()) {
            throw new IllegalArgumentException("outArgb holds " + outArgb.length + " pixels, a " + info.width() + "x"
                    + info.height() + " frame needs " + info.width() * info.height());
        }
        Frame frame;
        try {
            if (index != nextIndex) {
                if (index == 0) {
                    grabber.restart();
                } else {
                    grabber.setVideoFrameNumber(index);
                }
            }
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new VideoFileException(info.file(), "cannot decode frame " + index + " of " + info.frameCount() + ": "
                    + e.getMessage(), e);
        }
        if (frame == null || frame.image == null) {
            throw new VideoFileException(info.file(), "frame " + index + " of " + info.frameCount()
                    + " is missing: the file ends early (truncated?)");
        }
        if (frame.imageWidth != info.width() || frame.imageHeight != info.height()) {
            throw new VideoFileException(info.file(), "frame " + index + " is " + frame.imageWidth + "x" + frame.imageHeight
                    + ", the stream says " + info.width() + "x" + info.height());
        }
        ArgbFrames.bgraToArgb((ByteBuffer) frame.image[0], frame.imageStride, info.width(), info.height(), outArgb);
        nextIndex = index + 1;
    }

    /** Decodes frame {@code index} into a new {@link BufferedImage#TYPE_INT_ARGB} image. */
    public BufferedImage readFrame(int index) throws VideoFileException {
        BufferedImage image = new BufferedImage(info.width(), info.height(), BufferedImage.TYPE_INT_ARGB);
        readFrame(index, ((DataBufferInt) image.getRaster().getDataBuffer()).getData());
        return image;
    }

    @Override
    public void close() {
        releaseQuietly(grabber);
    }

    private static void releaseQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // Nothing useful to do: the decoder's memory is freed either way.
        }
    }

    /** Sends FFmpeg's log lines to stderr (for diagnosing a file); off by default. */
    public static void enableFfmpegLog() {
        avutil.av_log_set_level(avutil.AV_LOG_INFO);
        FFmpegLogCallback.set();
    }
}
