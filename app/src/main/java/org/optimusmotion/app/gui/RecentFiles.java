package org.optimusmotion.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The most recently opened cases (folders or files), newest first, at most {@link #MAX}, persisted in a
 * {@link Preferences} node (injected: the app uses its user node, tests a throw-away one).
 */
public final class RecentFiles {

    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The app's node: {@code org/optimusmotion/app} in the user preferences. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/optimusmotion/app"));
    }

    /**
     * An empty node of its own, for scripted runs (screenshots, measurements): they start from the
     * defaults whatever the user chose last time, and leave the user's choices alone. Call
     * {@link #discard()} when done.
     */
    public static RecentFiles scratch() {
        return new RecentFiles(Preferences.userRoot().node("org/optimusmotion/scratch/" + ProcessHandle.current().pid()));
    }

    /** Deletes this node and its values (for {@link #scratch()} nodes). */
    public void discard() {
        try {
            node.removeNode();
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone, or not writable: nothing to clean.
        }
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = node.get(KEY + i, null);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Moves {@code path} to the front (adding it if new) and saves. */
    public List<Path> add(Path path) {
        List<Path> list = list();
        Path p = path.toAbsolutePath().normalize();
        list.remove(p);
        list.add(0, p);
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) {
                node.put(KEY + i, list.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: a read-only home folder must not stop the app.
        }
        return list.size() > MAX ? list.subList(0, MAX) : list;
    }

    /** A preference value of the app (last optimizer, budget...), or {@code fallback}. */
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }
}
