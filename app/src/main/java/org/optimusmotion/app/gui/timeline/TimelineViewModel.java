package org.optimusmotion.app.gui.timeline;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The shared playback position: frame index in [0, frameCount), playing or not, at the clip's frame
 * rate, looping at the end. {@link #advance} is called with elapsed time by the view's pulse timer.
 * UI thread only.
 */
public final class TimelineViewModel {

    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(1);
    private final IntegerProperty frame = new SimpleIntegerProperty(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private double fps = 30;
    private double carrySeconds;

    public TimelineViewModel() {
        frame.addListener((obs, old, now) -> {
            int clamped = Math.max(0, Math.min(frameCount.get() - 1, now.intValue()));
            if (clamped != now.intValue()) {
                frame.set(clamped);
            }
        });
    }

    /** A new clip: {@code frames} frames at {@code framesPerSecond}; back to frame 0, paused. */
    public void setClip(int frames, double framesPerSecond) {
        if (frames < 1 || !(framesPerSecond > 0)) {
            throw new IllegalArgumentException("a clip needs >= 1 frame and fps > 0, got " + frames + ", " + framesPerSecond);
        }
        playing.set(false);
        frameCount.set(frames);
        fps = framesPerSecond;
        frame.set(0);
        carrySeconds = 0;
    }

    public void play() {
        carrySeconds = 0;
        playing.set(frameCount.get() > 1);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One frame forward ({@code +1}) or back ({@code -1}); pauses. */
    public void step(int delta) {
        pause();
        int n = frameCount.get();
        frame.set(((frame.get() + delta) % n + n) % n);
    }

    /** Moves playback on by {@code elapsedSeconds} of real time when playing (loops at the end). */
    public void advance(double elapsedSeconds) {
        if (!playing.get() || !(elapsedSeconds > 0)) {
            return;
        }
        carrySeconds += elapsedSeconds;
        int frames = (int) Math.floor(carrySeconds * fps);
        if (frames > 0) {
            carrySeconds -= frames / fps;
            frame.set((frame.get() + frames) % frameCount.get());
        }
    }

    /** Current frame, writable (the scrub slider binds to it). */
    public IntegerProperty frameProperty() {
        return frame;
    }

    public ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public double fps() {
        return fps;
    }

    /** "frame 12 / 75 · 0.40 s". */
    public StringBinding positionText() {
        return Bindings.createStringBinding(() -> String.format(Locale.ROOT, "frame %d / %d · %.2f s", frame.get() + 1,
                frameCount.get(), frame.get() / fps), frame, frameCount);
    }
}
