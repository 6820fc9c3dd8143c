package com.crewdesk.imports;

import com.crewdesk.database.Tenancy;
import com.crewdesk.background.ClaimedWork;
import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.security.Caller;
import com.crewdesk.staff.StaffRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates and imports files in the background, the way {@code JobBatchRunner} runs
 * batches and with the same {@link ClaimedWork}: the work waits in the imports table, one
 * instance claims it (SKIP LOCKED), records itself as the owner and beats a heartbeat; an
 * instance fails work whose owner stopped beating. An import runs in ONE transaction, so
 * it is all-or-nothing: a refused row (unless the valid rows only were asked for), a
 * failure or a killed instance leave nothing behind. Progress is committed apart from it.
 */
@Component
class ImportRunner implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	static final int CHUNK = 1000;

	private final ImportStore store;

	private final Map<ImportKind, RowImporter> importers;

	private final CompanyRulesService rules;

	private final StaffRepository staff;

	private final TransactionTemplate importTransaction;

	private final TransactionTemplate progressTransaction;

	private final Duration heartbeat;

	private final Duration ownerTimeout;

	private final Duration poll;

	/**
	 * The claims, heartbeat and orphan checks, on one thread (shared with job batches).
	 */
	private final ClaimedWork work;

	private final String instance;

	/**
	 * Judges the chunks of the running import while this instance's import thread writes.
	 */
	private final ExecutorService judges = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "import-judge");
		thread.setDaemon(true);
		return thread;
	});

	ImportRunner(ImportStore store, List<RowImporter> importers, CompanyRulesService rules, StaffRepository staff,
			PlatformTransactionManager transactions, @Value("${crewdesk.batches.heartbeat:5s}") Duration heartbeat,
			@Value("${crewdesk.batches.owner-timeout:30s}") Duration ownerTimeout,
			@Value("${crewdesk.batches.poll:2s}") Duration poll) {
		this.store = store;
		this.importers = importers.stream().collect(Collectors.toMap(RowImporter::kind, Function.identity()));
		this.rules = rules;
		this.staff = staff;
		this.importTransaction = new TransactionTemplate(transactions);
		this.progressTransaction = new TransactionTemplate(transactions);
		this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.heartbeat = heartbeat;
		this.ownerTimeout = ownerTimeout;
		this.poll = poll;
		this.work = new ClaimedWork("import",
				ClaimedWork.Table.of(this::claim, this::execute, this::beat, this::failOrphans));
		this.instance = work.instance();
	}

	@Override
	public void run(ApplicationArguments args) {
		work.start(heartbeat, poll);
	}

	@Override
	public void destroy() {
		work.stop();
		judges.shutdownNow();
	}

	private Optional<UUID> claim() {
		return Tenancy.acrossCompanies("the oldest waiting import of any company is claimed",
				() -> store.claim(instance));
	}

	private void beat() {
		Tenancy.acrossCompanies("this instance's imports may belong to several companies", () -> store.beat(instance));
	}

	void failOrphans() {
		int failed = Tenancy.acrossCompanies("orphaned imports of every company are failed",
				() -> store.failOrphans(ownerTimeout));
		if (failed > 0) {
			log.warn("{} import(s) lost their instance and were marked failed", failed);
		}
	}

	/** Runs waiting work on the import thread, unless it is at it already. */
	void wake() {
		work.wake();
	}

	/** Runs a claimed import with the database scoped to the import's company. */
	void execute(UUID id) {
		ImportStore.Owner owner = Tenancy.acrossCompanies(
				"a claimed import's company is read before its work is scoped to it", () -> store.owner(id));
		Tenancy.forCompany(owner.companyId(), () -> executeForCompany(id, owner));
	}

	private void executeForCompany(UUID id, ImportStore.Owner owner) {
		ImportStatus status = store.find(owner.companyId(), id).orElseThrow();
		long started = System.nanoTime();
		try {
			if ("VALIDATING".equals(status.state())) {
				validate(owner, status);
			}
			else {
				importRows(owner, status);
			}
			log.info("Import {}: {} {} row(s) {} in {} ms", id, status.total(), status.kind().code(),
					"VALIDATING".equals(status.state()) ? "validated" : "imported",
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (LostImportException ex) {
			log.warn("Import {}: failed by another instance meanwhile; nothing was applied", id);
		}
		catch (ImportRefusedException ex) {
			store.finish(id, "FAILED", ex.counts, ex.counts.errors() + " row(s) have errors; nothing was imported",
					null);
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			store.fail(id, "Failed unexpectedly; nothing was imported");
		}
	}

	private void validate(ImportStore.Owner owner, ImportStatus status) {
		store.clearErrors(status.id());
		ImportPass pass = pass(owner, status, false);
		walk(owner, status, pass);
		RowCounts counts = pass.counts();
		store.finish(status.id(), "VALIDATED", counts, null, pass.preview);
		if (status.autoImport() && !store.requestImport(owner.companyId(), status.id(), status.validOnly())) {
			store.finish(status.id(), "FAILED", counts,
					counts.errors() > 0
							? counts.errors()
									+ " row(s) have errors; nothing was imported (valid_only imports the others)"
							: "No row would be created or updated",
					null);
		}
	}

	private void importRows(ImportStore.Owner owner, ImportStatus status) {
		ImportPass pass = pass(owner, status, true);
		importTransaction.executeWithoutResult(tx -> {
			walk(owner, status, pass);
			if (pass.counts().errors() > 0 && !status.validOnly()) {
				throw new ImportRefusedException(pass.counts());
			}
			// The rows and SUCCEEDED commit together, and only while this instance still
			// owns the import: one failed meanwhile (its heartbeat was late) stays FAILED
			// with nothing applied.
			if (!store.stillRuns(status.id(), instance)) {
				throw new LostImportException();
			}
			RowCounts counts = pass.counts();
			store.finish(status.id(), "SUCCEEDED", counts, counts.created() + " created, " + counts.updated()
					+ " updated, " + counts.unchanged() + " unchanged, " + counts.errors() + " skipped", null);
		});
	}

	/**
	 * Streams the stored file through the kind's importer, a chunk at a time, in two
	 * steps that overlap: the judging thread parses and judges a chunk (reading what its
	 * rows reference, outside the import's transaction) while this thread applies the
	 * writes of the chunk before in the import's transaction. At most one judged chunk
	 * waits between them, so memory stays flat. Progress counts the rows written (or
	 * judged, when checking).
	 */
	private void walk(ImportStore.Owner owner, ImportStatus status, ImportPass pass) {
		RowImporter importer = importers.get(status.kind());
		byte[] file = store.file(owner.companyId(), status.id());
		BlockingQueue<Judged> judged = new ArrayBlockingQueue<>(1);
		Future<?> judging = judges
			.submit(() -> Tenancy.forCompany(owner.companyId(), () -> judgeAll(importer, status, pass, file, judged)));
		try {
			for (Judged chunk = next(judged); !chunk.last(); chunk = next(judged)) {
				if (!pass.write) {
					store.addErrors(owner.companyId(), status.id(), chunk.problems());
				}
				else if (chunk.counts().errors() > 0 && !status.validOnly()) {
					throw new ImportRefusedException(chunk.counts());
				}
				chunk.writes().apply();
				int done = chunk.done();
				progressTransaction.executeWithoutResult(progress -> store.progress(status.id(), done));
			}
		}
		finally {
			judging.cancel(true);
		}
	}

	/**
	 * The judging thread: parses the file and hands each judged chunk over, then a last
	 * item (with the failure, if any). Stops early once an import that must write every
	 * row met a refused one.
	 */
	private void judgeAll(RowImporter importer, ImportStatus status, ImportPass pass, byte[] file,
			BlockingQueue<Judged> judged) {
		RuntimeException failure = null;
		try (CSVParser parser = status.layout().open(file)) {
			Iterator<CSVRecord> records = CsvLayout.rows(parser);
			int number = 0;
			List<NumberedRow> chunk = new ArrayList<>(CHUNK);
			while (records.hasNext()) {
				chunk.add(new NumberedRow(++number, records.next()));
				if (chunk.size() == CHUNK || !records.hasNext()) {
					RowImporter.Writes writes = importer.chunk(pass, chunk);
					judged.put(new Judged(writes, pass.counts(), pass.takeProblems(), number, null));
					chunk = new ArrayList<>(CHUNK);
					if (pass.write && pass.counts().errors() > 0 && !status.validOnly()) {
						return;
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (java.io.IOException | java.io.UncheckedIOException ex) {
			failure = new IllegalStateException("The stored file cannot be read again", ex);
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		catch (Error ex) {
			failure = new IllegalStateException("Judging the rows failed", ex);
		}
		try {
			judged.put(new Judged(null, pass.counts(), List.of(), 0, Optional.ofNullable(failure)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The next judged chunk; rethrows the judging thread's failure. */
	private static Judged next(BlockingQueue<Judged> judged) {
		Judged next;
		try {
			next = judged.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the next chunk", ex);
		}
		if (next.end() != null && next.end().isPresent()) {
			throw next.end().get();
		}
		return next;
	}

	/**
	 * A judged chunk: its writes, the pass's counts and the problems found in it, and the
	 * number of its last row; or, with {@code end} set, the end of the file (with the
	 * judging thread's failure, if any).
	 */
	private record Judged(RowImporter.Writes writes, RowCounts counts, List<RowProblem> problems, int done,
			Optional<RuntimeException> end) {

		boolean last() {
			return end != null;
		}

	}

	private ImportPass pass(ImportStore.Owner owner, ImportStatus status, boolean write) {
		Actor actor = owner.staffId() != null
				? Actor.staff(owner.staffId(), staff.findById(owner.staffId()).orElseThrow().role())
				: Actor.apiKey(owner.apiKeyId());
		PatchContext context = new PatchContext(actor, rules.rulesFor(owner.companyId()), null,
				Instant.now().truncatedTo(ChronoUnit.MICROS));
		return new ImportPass(new Caller(owner.companyId(), actor), context, status.mapping(), status.headers(), write);
	}

	/** The import was failed (its owner seemed gone) while this instance ran it. */
	static final class LostImportException extends RuntimeException {

		LostImportException() {
			super("import lost", null, false, false);
		}

	}

	/** A row was refused during an import that must write every row. */
	static final class ImportRefusedException extends RuntimeException {

		final transient RowCounts counts;

		ImportRefusedException(RowCounts counts) {
			super("rows refused", null, false, false);
			this.counts = counts;
		}

	}

}
