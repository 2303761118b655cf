package dev.datagen.support;

import dev.datagen.sink.s3.ObjectStore;
import dev.datagen.sink.s3.S3Location;
import dev.datagen.sink.s3.UploadTuning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server for the tests: s3proxy 4.1.0 with jclouds' filesystem backend, as a
 * separate process on its own class path (resolved by the build into target/s3proxy/classpath.txt, see
 * src/test/s3proxy/pom.xml), on a free port, with its files in a temporary directory under /tmp. One
 * instance per test run, stopped and deleted at exit. No Docker.
 */
public final class TestS3 {
    public static final String ACCESS_KEY = "datagen-test";
    public static final String SECRET_KEY = "datagen-test-secret";

    private static TestS3 instance;
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final Process process;
    private final Path dataDir;
    private final URI endpoint;
    private final S3Client client;

    private TestS3(Process process, Path dataDir, URI endpoint) {
        this.process = process;
        this.dataDir = dataDir;
        this.endpoint = endpoint;
        this.client = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    public static synchronized TestS3 get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-s3-stop"));
        }
        return instance;
    }

    private static TestS3 start() {
        try {
            Path classpath = Path.of("target", "s3proxy", "classpath.txt");
            if (!Files.exists(classpath)) {
                throw new IllegalStateException(classpath + " is missing: run the tests through Maven (generate-test-resources resolves s3proxy)");
            }
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "datagen-s3proxy-");
            Path data = Files.createDirectory(dir.resolve("data"));
            int port = freePort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path properties = Files.writeString(dir.resolve("s3proxy.properties"), String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data, ""));
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-Dlogback.configurationFile=" + Path.of("src/test/s3proxy/logback.xml").toAbsolutePath(),
                    "-cp", Files.readString(classpath).strip(), "org.gaul.s3proxy.Main", "--properties", properties.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
            waitForPort(p, port, dir.resolve("s3proxy.log"));
            return new TestS3(p, dir, endpoint); // the whole directory is deleted at the end
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(Process p, int port, Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("s3proxy exited: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("s3proxy did not open port " + port + " within 90 s");
    }

    private void stop() {
        client.close();
        process.destroy();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // the temporary directory is left for the OS to clean
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public S3Client client() {
        return client;
    }

    /** A new, empty bucket. */
    public String createBucket() {
        String name = "bucket-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
        client.createBucket(r -> r.bucket(name));
        return name;
    }

    /** The store the generate command would use, here with explicit sizes. */
    public ObjectStore store(UploadTuning tuning) {
        return new ObjectStore(client, endpoint.toString(), tuning);
    }

    /** The credentials as the environment of a datagen process. */
    public Map<String, String> environment() {
        return Map.of("AWS_ACCESS_KEY_ID", ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    }

    /** Downloads an object to {@code file}; returns its user metadata. */
    public void put(S3Location object, String content) {
        client().putObject(b -> b.bucket(object.bucket()).key(object.key()), software.amazon.awssdk.core.sync.RequestBody.fromString(content));
    }

    public Map<String, String> download(S3Location object, Path file) {
        return client.getObject(r -> r.bucket(object.bucket()).key(object.key()), ResponseTransformer.toFile(file)).metadata();
    }

    public Map<String, String> metadata(S3Location object) {
        return client.headObject(r -> r.bucket(object.bucket()).key(object.key())).metadata();
    }

    /** Keys in the bucket (under {@code prefix}). */
    public List<String> keys(String bucket, String prefix) {
        return client.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    /** Multipart uploads started and neither completed nor aborted. */
    public List<String> uploadsInProgress(String bucket) {
        return client.listMultipartUploads(r -> r.bucket(bucket)).uploads().stream().map(u -> u.key() + " " + u.uploadId()).toList();
    }
}
