package com.crewdesk.dashboard;

import com.crewdesk.database.Tenancy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Folds the job count changes every {@code crewdesk.job-counts.compact-every} (30 s), so
 * the dashboard adds up a few hundred rows rather than every change since the start. The
 * counts are exact whether or not this has run; several instances may run it (one folds
 * at a time).
 */
@Component
class JobCountsCompactor implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobCountsCompactor.class);

	private final JobCountStore store;

	private final Duration every;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final AtomicBoolean started = new AtomicBoolean();

	JobCountsCompactor(JobCountStore store, @Value("${crewdesk.job-counts.compact-every:30s}") Duration every) {
		this.store = store;
		this.every = every;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (started.compareAndSet(false, true)) {
			scheduler.setPoolSize(1);
			scheduler.setThreadNamePrefix("job-counts-");
			scheduler.initialize();
			scheduler.scheduleWithFixedDelay(this::compact, every);
		}
	}

	@Override
	public void destroy() {
		scheduler.shutdown();
	}

	/** The one path that runs outside a request: it folds every company's changes. */
	void compact() {
		try {
			Tenancy.acrossCompanies("the counts of every company are folded in one statement", store::compact);
		}
		catch (RuntimeException ex) {
			log.warn("Job counts: cannot fold the changes now: {}", ex.toString());
		}
	}

}
