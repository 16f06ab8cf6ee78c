package org.policykg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

import sun.misc.Signal;

/**
 * Runs Neo4j 5.26 Community embedded with Bolt on 127.0.0.1 only and authentication off, so a developer,
 * a test run or CI gets a real server with nothing but a JDK. Started and supervised by
 * src/server/localNeo4j.ts; see https://neo4j.com/docs/java-reference/5/java-embedded/ for the API.
 *
 * <p>Arguments (all optional except --dir):
 * <pre>
 *   --dir &lt;path&gt;         home folder: data/, logs/ and transaction logs all live under it (created if missing)
 *   --bolt-port &lt;n&gt;      Bolt port on 127.0.0.1, default 7687
 *   --pagecache &lt;size&gt;   server.memory.pagecache.size, e.g. 128m, default 128m
 *   --tx-memory &lt;size&gt;   dbms.memory.transaction.total.max, e.g. 256m; default Neo4j's own (70% of the heap)
 *   --exit-on-stdin-eof   shut down when standard input closes, so a child never outlives a crashed parent
 * </pre>
 * The heap is the JVM's -Xmx. When the database is available it prints exactly one line,
 * {@code NEO4J_LOCAL_READY bolt://127.0.0.1:<port>}, on standard output. SIGTERM or SIGINT shut the
 * database down cleanly and the process exits with status 0; a start-up failure exits with status 1.
 *
 * <p>Example: {@code java -Xmx512m -cp 'target/classes:target/dependency/*' org.policykg.Neo4jLocal --dir .neo4j
 * --bolt-port 7687 --pagecache 128m}
 */
public final class Neo4jLocal {
    private static final String READY = "NEO4J_LOCAL_READY";

    private Neo4jLocal() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-local: " + e.getMessage());
            System.exit(2);
            return;
        }

        DatabaseManagementService service;
        try {
            service = start(options);
        } catch (RuntimeException | IOException e) {
            System.err.println("neo4j-local: start-up failed: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("neo4j-local: shutting down");
                service.shutdown();
                System.err.println("neo4j-local: stopped");
            }
        }, "neo4j-local-shutdown"));
        // A plain shutdown hook would still leave the JVM's status at 128+signal; exiting from a handler
        // runs the same hook and reports a clean stop as 0, which the supervisor treats as success.
        Signal.handle(new Signal("TERM"), sig -> System.exit(0));
        Signal.handle(new Signal("INT"), sig -> System.exit(0));

        if (options.exitOnStdinEof) {
            watchStdin();
        }

        System.out.println(READY + " bolt://127.0.0.1:" + options.boltPort);
        System.out.flush();

        // Park main rather than rely on Neo4j's threads being non-daemon; only System.exit ends the process.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService start(Options options) throws IOException {
        Path home = options.dir.toAbsolutePath().normalize();
        Files.createDirectories(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Loopback only, so no credentials: tests and the dev server connect without a password.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Every test run makes a fresh folder; preallocating 256 MiB transaction logs would cost
                // disk and start-up time for databases that hold a few thousand nodes.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Bolt otherwise waits 5 s for its thread pool and 5 s for connections on every stop; the
                // databases are already checkpointed by then, so a quick stop loses nothing.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        if (options.txMemory != null) {
            builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                    ByteUnit.parse(options.txMemory));
        }

        DatabaseManagementService service = builder.build();
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(5).toMillis())) {
            service.shutdown();
            throw new IllegalStateException("database " + db.databaseName() + " did not become available");
        }
        return service;
    }

    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only the end of the stream matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of stream: the parent is gone.
            }
            System.err.println("neo4j-local: standard input closed, shutting down");
            System.exit(0);
        }, "neo4j-local-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static final class Options {
        Path dir;
        int boltPort = 7687;
        String pageCache = "128m";
        String txMemory;
        boolean exitOnStdinEof;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--dir" -> o.dir = Path.of(value(args, ++i, arg));
                    case "--bolt-port" -> o.boltPort = port(value(args, ++i, arg));
                    case "--pagecache" -> o.pageCache = size(value(args, ++i, arg), arg);
                    case "--tx-memory" -> o.txMemory = size(value(args, ++i, arg), arg);
                    case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown argument " + arg
                            + " (expected --dir, --bolt-port, --pagecache, --tx-memory, --exit-on-stdin-eof)");
                }
            }
            if (o.dir == null) {
                throw new IllegalArgumentException("--dir <path> is required");
            }
            return o;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static int port(String text) {
            try {
                int p = Integer.parseInt(text);
                if (p < 1 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--bolt-port must be 1-65535, got " + text);
            }
        }

        private static String size(String text, String name) {
            if (!text.matches("(?i)\\d+[kmg]")) {
                throw new IllegalArgumentException(name + " must be a size like 128m or 1g, got " + text);
            }
            return text;
        }
    }
}
