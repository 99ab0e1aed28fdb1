import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop HTTP load driver for scripts/bench-cases.sh (used where wrk is not
 * installed): N connections, each sending its next request as soon as the last one answered,
 * for a fixed time. Run with {@code java scripts/CaseLoad.java MODE BASE FILE N SECONDS}.
 *
 * <ul>
 * <li>{@code create}: FILE is create.tsv (token TAB JSON body); POST /api/v1/cases with
 *     Authorization: Bearer and a fresh Idempotency-Key per request.</li>
 * <li>{@code view}: FILE is view.tsv (email TAB case numbers); each connection signs in as one
 *     customer and opens that customer's case pages at random.</li>
 * </ul>
 */
public class CaseLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        List<String> lines = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
        int connections = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[300_000];
            latencies.add(mine);
            int id = c;
            Thread thread = new Thread(() -> {
                try {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .cookieHandler(new CookieManager()).build();
                    if (mode.equals("create")) {
                        create(http, base, lines, next, until, mine, errors);
                    } else {
                        view(http, base, lines.get(id % lines.size()), until, mine, errors);
                    }
                } catch (Exception e) {
                    System.err.println("connection " + id + ": " + e);
                    errors.incrementAndGet();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        report(mode, connections, seconds, latencies, errors.get());
    }

    private static void create(HttpClient http, String base, List<String> lines,
            AtomicInteger next, long until, long[] mine, AtomicLong errors) throws Exception {
        int n = 1;
        while (System.nanoTime() < until && n < mine.length) {
            String line = lines.get(next.getAndIncrement() % lines.size());
            int tab = line.indexOf('\t');
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                    .header("Authorization", "Bearer " + line.substring(0, tab))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(line.substring(tab + 1))).build();
            n = timed(http, request, 201, mine, n, errors);
        }
        mine[0] = n - 1;
    }

    private static void view(HttpClient http, String base, String line, long until,
            long[] mine, AtomicLong errors) throws Exception {
        String[] parts = line.split("\t");
        String[] numbers = parts[1].split(",");
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/s/help/signin"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "email=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8)
                + "&password=portico-bench&site=help&_csrf=" + csrf.group(1);
        http.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        int n = 1;
        while (System.nanoTime() < until && n < mine.length) {
            String number = numbers[ThreadLocalRandom.current().nextInt(numbers.length)];
            n = timed(http, HttpRequest.newBuilder(URI.create(base + "/s/help/cases/" + number))
                    .build(), 200, mine, n, errors);
        }
        mine[0] = n - 1;
    }

    private static int timed(HttpClient http, HttpRequest request, int expected, long[] mine,
            int n, AtomicLong errors) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        mine[n] = System.nanoTime() - start;
        if (response.statusCode() != expected) {
            if (errors.incrementAndGet() <= 3) {
                System.err.println("answer " + response.statusCode() + " to " + request.uri());
            }
        }
        return n + 1;
    }

    private static void report(String mode, int connections, long seconds, List<long[]> all,
            long errors) {
        long total = all.stream().mapToLong(l -> l[0]).sum();
        long[] merged = new long[(int) total];
        int i = 0;
        for (long[] l : all) {
            System.arraycopy(l, 1, merged, i, (int) l[0]);
            i += (int) l[0];
        }
        Arrays.sort(merged);
        System.out.printf(Locale.ROOT, "%s: %d connections, %d s: %d requests, %.1f/s, errors %d,"
                + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", mode, connections, seconds, total,
                total / (double) seconds, errors, pct(merged, 50), pct(merged, 95),
                pct(merged, 99));
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
