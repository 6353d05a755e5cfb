package org.optimusmotion.optimizer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private boolean posix() throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesAnyNewFile() throws IOException {
        assumeTrue(posix());
        Path probe = Files.createFile(dir.resolve("probe"));
        Path f = dir.resolve("metrics.json");
        AtomicFiles.writeString(f, "{}\n");
        assertEquals("{}\n", Files.readString(f));
        // Files.createTempFile would have made it rw------- whatever the umask
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFolderInTheWayIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("report.json"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.writeString(folder, "x"));
        assertEquals(folder.toAbsolutePath() + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        assumeTrue(posix());
        Path f = dir.resolve("motion.bvh");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(f, "new");
        assertEquals("new", Files.readString(f));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("summary.json");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithTheFileAskedFor() throws IOException {
        assumeTrue(posix());
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path f = ro.resolve("motion.bvh");
        // root may write anywhere: then there is nothing to report
        assumeTrue(!Files.isWritable(ro));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.writeString(f, "x"));
        assertEquals(f.toAbsolutePath().toString(), e.getFile());
        assertTrue(e.getMessage().contains("cannot be written in " + ro.toAbsolutePath()), e.getMessage());
    }
}
