package com.crewdesk.bench;

import com.crewdesk.support.AcrossCompaniesOnTestThreads;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.MemoryType;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: measures CSV imports through {@code POST /api/v1/imports} (issue 18's
 * targets: 100,000 customer rows checked in ≤ 20 s and imported in ≤ 60 s; 200,000 job
 * rows imported in ≤ 2 minutes). Runs only when asked:
 * <pre>./mvnw verify -Dit.test=ImportBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dcrewdesk.bench=true</pre>
 */
@EnabledIfSystemProperty(named = "crewdesk.bench", matches = "true")
@ExtendWith(AcrossCompaniesOnTestThreads.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crewdesk.demo.enabled=true", "crewdesk.embedded.data-dir=${crewdesk.bench.data-dir:}",
				"logging.level.org.flywaydb=WARN" })
@ActiveProfiles("test")
class ImportBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void imports() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		int customers = Integer.getInteger("crewdesk.bench.customers", 100_000);
		int jobs = Integer.getInteger("crewdesk.bench.jobs", 200_000);
		System.out.printf(Locale.ROOT,
				"%n=== Import benchmark: %,d customer rows, %,d job rows, %d cores, load average %s, max heap %,d MB ===%n",
				customers, jobs, Runtime.getRuntime().availableProcessors(), loadAverage(),
				Runtime.getRuntime().maxMemory() >> 20);
		StringBuilder file = new StringBuilder("External ID,First Name,Last Name,E-mail,Phone,Street,City,State,Zip\n");
		for (int i = 0; i < customers; i++) {
			file.append(tag)
				.append('-')
				.append(i)
				.append(",Bench,Customer ")
				.append(i)
				.append(",c")
				.append(i)
				.append('-')
				.append(tag)
				.append("@example.com,+1 720 555 ")
				.append(String.format("%04d", i % 10_000))
				.append(',')
				.append(i)
				.append(" Main St,Springfield,IL,62701\n");
		}
		byte[] customerFile = file.toString().getBytes(StandardCharsets.UTF_8);
		file = null;
		Map<String, Long> customerTimes = run("customers", customerFile, "{}");
		System.out.printf(Locale.ROOT,
				"[bench] %,d customer rows (%,d bytes): checked in %,d ms (target ≤ 20,000), imported in %,d ms "
						+ "(target ≤ 60,000); %s; load average %s%n",
				customers, customerFile.length, customerTimes.get("checked"), customerTimes.get("imported"),
				heap(customerTimes), loadAverage());
		customerFile = null;

		StringBuilder jobFile = new StringBuilder("Title,Customer E-mail,Technician,Scheduled Date,Priority\n");
		String[] technicians = { "tech@acme.test", "luis@acme.test", "priya@acme.test", "sam@acme.test" };
		for (int i = 0; i < jobs; i++) {
			jobFile.append("Bench job ")
				.append(i)
				.append(",c")
				.append(i % customers)
				.append('-')
				.append(tag)
				.append("@example.com,")
				.append(technicians[i % technicians.length])
				.append(",2027-0")
				.append(1 + i % 9)
				.append("-1")
				.append(i % 10)
				.append(",Normal\n");
		}
		byte[] jobBytes = jobFile.toString().getBytes(StandardCharsets.UTF_8);
		jobFile = null;
		Map<String, Long> jobTimes = run("jobs", jobBytes, "{\"customer_match\": [\"email\"]}");
		System.out.printf(Locale.ROOT,
				"[bench] %,d job rows (%,d bytes): checked in %,d ms, imported in %,d ms (target ≤ 120,000), "
						+ "%,d ms in all; %s; load average %s%n",
				jobs, jobBytes.length, jobTimes.get("checked"), jobTimes.get("imported"),
				jobTimes.get("checked") + jobTimes.get("imported"), heap(jobTimes), loadAverage());
	}

	/**
	 * Uploads the file and follows its state: milliseconds checking and importing, and
	 * the heap (see {@link HeapWatch}).
	 */
	private Map<String, Long> run(String kind, byte[] csv, String mapping) throws Exception {
		String boundary = "----bench" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(part(boundary, "kind", kind));
		body.writeBytes(part(boundary, "mapping", mapping));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind
				+ ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] request = body.toByteArray();
		body = null;
		HeapWatch watch = HeapWatch.start();
		long start = System.nanoTime();
		HttpResponse<String> created = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
				.header("Authorization", "Bearer cd_demo_acme_key")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(request))
				.build(), HttpResponse.BodyHandlers.ofString());
		request = null;
		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		UUID id = UUID.fromString(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
		long uploaded = System.nanoTime();
		long checked = 0;
		while (true) {
			watch.sample();
			String state = jdbc.sql("SELECT state FROM imports WHERE id = :id")
				.param("id", id)
				.query(String.class)
				.single();
			if (checked == 0 && !state.equals("VALIDATING")) {
				checked = System.nanoTime();
			}
			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				String summary = jdbc.sql("SELECT summary FROM imports WHERE id = :id")
					.param("id", id)
					.query(String.class)
					.single();
				assertThat(state).as(summary).isEqualTo("SUCCEEDED");
				System.out.printf(Locale.ROOT, "[bench] %s: upload %,d ms; %s%n", kind, (uploaded - start) / 1_000_000,
						summary);
				long imported = System.nanoTime();
				watch.stop();
				return Map.of("checked", (checked - uploaded) / 1_000_000, "imported", (imported - checked) / 1_000_000,
						"heapBeforeMb", watch.before >> 20, "heapAfterGcMb", watch.maxAfterGc >> 20, "collections",
						(long) watch.collections, "heapMb", watch.maxUsed >> 20);
			}
			Thread.sleep(100);
		}
	}

	private static String heap(Map<String, Long> figures) {
		return String.format(Locale.ROOT,
				"heap after GC %,d MB before the upload and at most %,d MB during the run (%,d collections); "
						+ "heap in use at most %,d MB (garbage included)",
				figures.get("heapBeforeMb"), figures.get("heapAfterGcMb"), figures.get("collections"),
				figures.get("heapMb"));
	}

	/**
	 * The heap of this JVM (which runs the server) during one import: what a collection
	 * leaves is what is really held, so it records the heap in use after every collection
	 * (a notification per collection) next to the heap in use sampled every 100 ms,
	 * garbage included; {@code before} is the heap after a full collection just before
	 * the upload (the generated file is already a byte array then, held by the test). The
	 * request body is dropped once sent.
	 */
	private static final class HeapWatch implements NotificationListener {

		final long before;

		volatile long maxAfterGc;

		volatile int collections;

		long maxUsed;

		private HeapWatch(long before) {
			this.before = before;
		}

		static HeapWatch start() {
			System.gc();
			HeapWatch watch = new HeapWatch(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener(watch, null, null);
			}
			return watch;
		}

		void sample() {
			maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}

		void stop() throws Exception {
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).removeNotificationListener(this);
			}
		}

		@Override
		public synchronized void handleNotification(Notification notification, Object handback) {
			if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long after = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter(pool -> isHeap(pool.getKey()))
				.mapToLong(pool -> pool.getValue().getUsed())
				.sum();
			maxAfterGc = Math.max(maxAfterGc, after);
			collections++;
		}

		private static boolean isHeap(String pool) {
			return ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.anyMatch(bean -> bean.getName().equals(pool) && bean.getType() == MemoryType.HEAP);
		}

	}

	/** The 1, 5 and 15 minute load averages (the machine is shared). */
	private static String loadAverage() {
		try {
			String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return load[0] + " " + load[1] + " " + load[2];
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	private static byte[] part(String boundary, String name, String value) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
