package com.crewdesk.board;

import com.crewdesk.board.BoardModel.Row;
import com.crewdesk.board.BoardModel.Tray;
import com.crewdesk.board.BoardQuery.BoardJob;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.Patch;
import com.crewdesk.security.Caller;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A move on the board, whole: the job as the board drew it, one patch through
 * {@link JobService} (channel BOARD, against the drawn version), and the rows (and the
 * tray) it touched drawn again, with the overlap warning. One transaction: the rows see
 * the move, and the whole pays one commit. A refused move (stale, rejected) rolls it all
 * back.
 */
@Service
class BoardMoves {

	private final BoardQuery query;

	private final BoardModel boards;

	private final JobService jobs;

	BoardMoves(BoardQuery query, BoardModel boards, JobService jobs) {
		this.query = query;
		this.boards = boards;
		this.jobs = jobs;
	}

	/** What a move wrote and what the board draws again. */
	record Moved(StoredJob saved, BoardJob after, List<Row> rows, Tray tray, boolean overlap) {
	}

	@Transactional
	public Moved move(Caller caller, UUID job, long version, BoardMove move, BoardFilter filter) {
		long company = caller.companyId();
		BoardJob before = query.job(company, job).orElseThrow(() -> new JobNotFoundException(job));
		StoredJob saved = jobs.update(caller, job, Patch.of(move.patch(before, filter.day())), version, Channel.BOARD);
		BoardJob after = before.saved(saved);
		Set<UUID> touched = new HashSet<>();
		if (before.assignee() != null) {
			touched.add(before.assignee());
		}
		if (after.assignee() != null) {
			touched.add(after.assignee());
		}
		List<Row> rows = boards.rows(company, filter, touched);
		Tray tray = before.assignee() == null || after.assignee() == null ? boards.tray(company, filter) : null;
		boolean overlap = BoardModel.overlapShown(filter, rows, after).orElseGet(() -> overlapsThatDay(company, after));
		return new Moved(saved, after, rows, tray, overlap);
	}

	/**
	 * Whether the job overlaps another of its technician's that day, as that day's row
	 * drawn without the board's filters marks it: for boards whose rows may not hold all
	 * of that day's jobs.
	 */
	private boolean overlapsThatDay(long companyId, BoardJob job) {
		BoardFilter day = BoardFilter.day(job.date());
		return BoardModel.overlapShown(day, boards.rows(companyId, day, Set.of(job.assignee())), job).orElse(false);
	}

}
