import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends GET requests at a fixed rate, whether or not earlier ones have been answered, and
 * prints their latency percentiles:
 *
 * <pre>java scripts/OpenLoad.java NAME BASE-URL PATHS-FILE RATE SECONDS</pre>
 *
 * A request's latency counts from the moment it was due to be sent, so a server that falls
 * behind is charged for the wait of every request queued behind a slow one (a closed loop
 * such as wrk's would send fewer requests instead). The paths are taken in turn from the
 * file, one per line. The output line has the form of scripts/knowledge.lua's.
 */
public class OpenLoad {

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 5) {
            System.err.println("usage: java OpenLoad.java NAME BASE-URL PATHS-FILE RATE SECONDS");
            System.exit(2);
        }
        String name = args[0];
        String base = args[1];
        List<String> paths = Files.readAllLines(Path.of(args[2])).stream()
                .filter(line -> !line.isBlank()).toList();
        double rate = Double.parseDouble(args[3]);
        int count = (int) Math.round(rate * Double.parseDouble(args[4]));
        if (rate <= 0 || count < 1 || paths.isEmpty()) {
            System.err.println("nothing to send: RATE and SECONDS must give one request or more,"
                    + " and PATHS-FILE must hold a path");
            System.exit(2);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long[] latencies = new long[count];
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        long interval = (long) (1_000_000_000L / rate);
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            URI uri = URI.create(base + paths.get(i % paths.size()));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .GET().build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencies[n] = System.nanoTime() - due;
                        if (error != null) {
                            unanswered.incrementAndGet();
                        } else if (response.statusCode() / 100 != 2) {
                            failed.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .exceptionally(error -> null).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d requests,"
                        + " %.1f requests/s, non-2xx %d, socket errors %d%n", name,
                percentile(latencies, 0.50), percentile(latencies, 0.95),
                percentile(latencies, 0.99), latencies[count - 1] / 1e6, count, count / seconds,
                failed.get(), unanswered.get());
    }

    private static double percentile(long[] sorted, double share) {
        int index = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.min(sorted.length - 1, index)] / 1e6;
    }
}
