package org.gongkai.platform.bench;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The page cache under writes ({@code bench/pagecache/run.sh}): readers walk the given
 * item pages one after the other on several threads, first with no writes, then while
 * applications arrive through the API at a steady rate, and it prints both walks side by
 * side (requests per second, median and 99th percentile, answers other than 200, and the
 * share of hits by {@code X-Page-Cache}).
 *
 * <p>
 * Usage:
 * {@code PageCacheBenchClient <base url> <paths file> <agencies file> <seconds> <threads>
 * <writes per second>}
 */
public final class PageCacheBenchClient {

	private static final String APPLICATION = """
			{"applicantType":"NATURAL_PERSON","applicantName":"张三","idType":"居民身份证",
			"idNumber":"110101199003077777","phone":"13800138000","email":"zhangsan@example.com",
			"address":"人民路2号","description":"本县2025年财政预算公开文件","formats":["EMAIL"],"delivery":"ONLINE"}""";

	private PageCacheBenchClient() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter((l) -> !l.isBlank()).toList();
		List<String> agencies = Files.readAllLines(Path.of(args[2])).stream().filter((l) -> !l.isBlank()).toList();
		int seconds = Integer.parseInt(args[3]);
		int threads = Integer.parseInt(args[4]);
		double writes = Double.parseDouble(args[5]);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		warm(http, base, paths, threads);
		Result quiet = walk(http, base, paths, agencies, seconds, threads, 0);
		Result busy = walk(http, base, paths, agencies, seconds, threads, writes);
		System.out.printf("pages %d distinct item pages, %d threads, %d s per walk%n", paths.size(), threads, seconds);
		System.out.println("walk | req/s | p50 ms | p99 ms | non-200 | hits | applications sent (2xx)");
		print("no writes", quiet);
		print(writes + " applications/s", busy);
		System.out.printf("ratio %.1f %%%n", 100.0 * busy.rate() / quiet.rate());
	}

	/** Reads every page once, so the walks start with a warm cache. */
	private static void warm(HttpClient http, String base, List<String> paths, int threads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		List<Thread> readers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread reader = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
					try {
						http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).build(),
								HttpResponse.BodyHandlers.discarding());
					}
					catch (Exception ex) {
						// the walks count errors
					}
				}
			});
			readers.add(reader);
			reader.start();
		}
		for (Thread reader : readers) {
			reader.join();
		}
	}

	private static void print(String name, Result r) {
		System.out.printf("%s | %.0f | %.2f | %.2f | %d | %.1f %% | %d (%d)%n", name, r.rate(), r.p50(), r.p99(),
				r.errors(), r.hitShare(), r.writes(), r.writesOk());
	}

	private static Result walk(HttpClient http, String base, List<String> paths, List<String> agencies, int seconds,
			int threads, double writesPerSecond) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger next = new AtomicInteger((int) (Math.random() * paths.size()));
		AtomicLong errors = new AtomicLong();
		AtomicLong hits = new AtomicLong();
		AtomicInteger writes = new AtomicInteger();
		AtomicInteger writesOk = new AtomicInteger();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> readers = new ArrayList<>();
		int[] counts = new int[threads];
		for (int t = 0; t < threads; t++) {
			long[] mine = new long[500_000];
			latencies.add(mine);
			int index = t;
			Thread reader = new Thread(() -> {
				int n = 0;
				while (!stop.get() && n < mine.length) {
					String path = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
					long start = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(
								HttpRequest.newBuilder(URI.create(base + path)).build(),
								HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
						if ("hit".equals(response.headers().firstValue("X-Page-Cache").orElse(""))) {
							hits.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					mine[n++] = System.nanoTime() - start;
				}
				counts[index] = n;
			});
			readers.add(reader);
		}
		Thread writer = new Thread(() -> {
			if (writesPerSecond <= 0) {
				return;
			}
			long interval = (long) (1_000_000_000L / writesPerSecond);
			long due = System.nanoTime();
			int i = 0;
			while (!stop.get()) {
				String agency = agencies.get(i++ % agencies.size());
				try {
					HttpResponse<String> response = http
						.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies/" + agency + "/requests"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(APPLICATION))
							.build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() / 100 == 2) {
						writesOk.incrementAndGet();
					}
				}
				catch (Exception ex) {
					// counted as sent, not as accepted
				}
				writes.incrementAndGet();
				due += interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					try {
						Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}
		});
		long started = System.nanoTime();
		readers.forEach(Thread::start);
		writer.start();
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		for (Thread reader : readers) {
			reader.join();
		}
		writer.join();
		double elapsed = (System.nanoTime() - started) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int t = 0; t < threads; t++) {
			System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
			at += counts[t];
		}
		Arrays.sort(all);
		return new Result(total / elapsed, percentile(all, 0.50), percentile(all, 0.99), errors.get(),
				total == 0 ? 0 : 100.0 * hits.get() / total, writes.get(), writesOk.get());
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
	}

	private record Result(double rate, double p50, double p99, long errors, double hitShare, int writes, int writesOk) {
	}

}
