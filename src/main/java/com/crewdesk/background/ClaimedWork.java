package com.crewdesk.background;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * What every background runner of an instance shares (job batches, imports): work waits
 * in a table; this instance claims it (the table's {@code FOR UPDATE SKIP LOCKED}
 * update), runs it on ONE thread, one claim after the other, beats a heartbeat for the
 * work it owns and fails the work whose owner stopped beating. The runner keeps the SQL
 * of its table and what running means (its transaction, its all-or-nothing); this class
 * keeps the threads, the timing and the instance's name.
 * <p>
 * Row-level security: each runner's {@link Table#claim}, {@link Table#beat} and
 * {@link Table#failOrphans} look across companies ({@code Tenancy.acrossCompanies}), and
 * its {@link Table#run} runs under the claimed work's company
 * ({@code Tenancy.forCompany}).
 */
public final class ClaimedWork {

	private static final Logger log = LoggerFactory.getLogger(ClaimedWork.class);

	/** A table of background work, as one runner sees it. */
	public interface Table {

		/** Takes the oldest waiting piece of work for this instance, if any. */
		Optional<UUID> claim();

		/** Runs a claimed piece of work; handles its own failures. */
		void run(UUID id);

		/** Beats the heartbeat of the work this instance owns. */
		void beat();

		/** Fails the running work whose owner stopped beating. */
		void failOrphans();

		/** A table from its four statements' methods. */
		static Table of(Supplier<Optional<UUID>> claim, Consumer<UUID> run, Runnable beat, Runnable failOrphans) {
			return new Table() {

				@Override
				public Optional<UUID> claim() {
					return claim.get();
				}

				@Override
				public void run(UUID id) {
					run.accept(id);
				}

				@Override
				public void beat() {
					beat.run();
				}

				@Override
				public void failOrphans() {
					failOrphans.run();
				}

			};
		}

	}

	private final String name;

	private final Table table;

	/**
	 * This instance, as the owner of what it claims (process, host and a random part).
	 */
	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "-"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final AtomicBoolean draining = new AtomicBoolean();

	private final AtomicBoolean started = new AtomicBoolean();

	/**
	 * @param name what the work is, for thread names and logs ("job-batch", "import")
	 */
	public ClaimedWork(String name, Table table) {
		this.name = name;
		this.table = table;
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix(name + "-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
	}

	/** This instance's name as the owner of the work it claims. */
	public String instance() {
		return instance;
	}

	/**
	 * Fails the orphans left by instances that stopped, then beats the heartbeat and
	 * looks for orphans every {@code heartbeat} and for new work every {@code poll}, and
	 * claims what waits now.
	 */
	public void start(Duration heartbeat, Duration poll) {
		quietly("orphan check", table::failOrphans);
		if (started.compareAndSet(false, true)) {
			scheduler.setPoolSize(1);
			scheduler.setThreadNamePrefix(name + "-claims-");
			scheduler.initialize();
			scheduler.scheduleWithFixedDelay(() -> quietly("heartbeat", table::beat), heartbeat);
			scheduler.scheduleWithFixedDelay(() -> quietly("orphan check", table::failOrphans), heartbeat);
			scheduler.scheduleWithFixedDelay(() -> quietly("poll", this::wake), poll);
			log.info("Background {}: this instance is {}", name, instance);
		}
		wake();
	}

	/** Runs the waiting work on the work thread, unless it is at it already. */
	public void wake() {
		if (draining.compareAndSet(false, true)) {
			executor.execute(() -> {
				try {
					for (Optional<UUID> next = table.claim(); next.isPresent(); next = table.claim()) {
						table.run(next.get());
					}
				}
				catch (RuntimeException ex) {
					log.warn("Background {}: cannot claim work now: {}", name, ex.toString());
				}
				finally {
					draining.set(false);
				}
			});
		}
	}

	/**
	 * Stops beating and claiming; the work running now dies with the instance's
	 * connections.
	 */
	public void stop() {
		scheduler.shutdown();
		executor.shutdown();
	}

	private void quietly(String what, Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.warn("Background {}: {} failed: {}", name, what, ex.toString());
		}
	}

}
