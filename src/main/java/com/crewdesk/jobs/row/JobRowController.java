package com.crewdesk.jobs.row;

import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StaleJobException;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.jobs.list.JobListQuery;
import com.crewdesk.jobs.list.JobListRow;
import com.crewdesk.jobs.list.JobListScope;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.web.ViolationStatus;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One row of the jobs list, edited in place: open a cell's control, save it, cancel,
 * soft-delete and restore. Every write goes through {@link JobService} (channel INLINE);
 * this class only translates its answers into the row the user sees: saved (flash +
 * toast), refused (message next to the cell, old value kept) or overtaken by someone
 * else's change (current values + a message).
 */
@Controller
class JobRowController {

	private static final String ROW = "jobs/list :: job-row(row=${row})";

	private final JobService jobs;

	private final JobListQuery query;

	private final JobRowModel rowModel;

	JobRowController(JobService jobs, JobListQuery query, JobRowModel rowModel) {
		this.jobs = jobs;
		this.query = query;
		this.rowModel = rowModel;
	}

	/** The row as stored now: Escape or leaving a control unchanged. */
	@HxRequest
	@GetMapping("/jobs/{uuid}/row")
	String row(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID uuid, Model model) {
		return render(user, uuid, model, null);
	}

	@HxRequest
	@GetMapping("/jobs/{uuid}/cells/{cell}")
	String editor(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID uuid, @PathVariable String cell,
			Model model) {
		InlineCell editing = InlineCell.fromParam(cell).orElseThrow(JobRowController::notFound);
		rowModel.addTo(model, user, row(user, uuid));
		rowModel.addChoices(model, user, editing);
		return "jobs/list :: cell-editor(row=${row}, cell='" + editing.param() + "')";
	}

	@PatchMapping("/jobs/{uuid}/cells/{cell}")
	String save(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID uuid, @PathVariable String cell,
			@RequestParam(required = false) String value, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response) {
		InlineCell editing = InlineCell.fromParam(cell).orElseThrow(JobRowController::notFound);
		try {
			StoredJob saved = jobs.update(Caller.of(user), uuid, editing.patch(value), version, Channel.INLINE);
			toast(model, saved.jobNumber() + ": " + editing.label().toLowerCase() + " saved", null);
			model.addAttribute("flash", true);
			model.addAttribute("focusCell", editing.param());
			return render(user, uuid, model, null);
		}
		catch (PatchRejectedException ex) {
			response.setStatus(ViolationStatus.of(ex.violations()).value());
			return render(user, uuid, model, new RowNotice(editing.param(), messages(ex), true));
		}
		catch (StaleJobException ex) {
			response.setStatus(ViolationStatus.staleForPeople().value());
			return render(user, uuid, model, new RowNotice(editing.param(),
					"Someone else changed this job meanwhile. These are the current values; nothing was saved.", true));
		}
		catch (JobNotFoundException ex) {
			throw notFound();
		}
	}

	@DeleteMapping("/jobs/{uuid}")
	String delete(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID uuid,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
		try {
			StoredJob deleted = jobs.softDelete(Caller.of(user), uuid, version);
			toast(model, deleted.jobNumber() + " deleted", "/jobs/" + uuid + "/row/restore");
			return render(user, uuid, model, null);
		}
		catch (StaleJobException ex) {
			response.setStatus(ViolationStatus.staleForPeople().value());
			return render(user, uuid, model, new RowNotice("actions",
					"Someone else changed this job meanwhile; it was not deleted. Check the current values.", true));
		}
		catch (PatchRejectedException ex) {
			throw forbiddenOrBad(ex);
		}
		catch (JobNotFoundException ex) {
			throw notFound();
		}
	}

	@PostMapping("/jobs/{uuid}/row/restore")
	String restore(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID uuid, Model model) {
		try {
			StoredJob restored = jobs.restore(Caller.of(user), uuid);
			toast(model, restored.jobNumber() + " restored", null);
			model.addAttribute("flash", true);
			return render(user, uuid, model, null);
		}
		catch (PatchRejectedException ex) {
			throw forbiddenOrBad(ex);
		}
		catch (JobNotFoundException ex) {
			throw notFound();
		}
	}

	private String render(CrewdeskUser user, UUID uuid, Model model, RowNotice notice) {
		rowModel.addTo(model, user, row(user, uuid));
		model.addAttribute("notice", notice);
		return ROW;
	}

	private JobListRow row(CrewdeskUser user, UUID uuid) {
		return query.row(JobListScope.of(user), uuid).orElseThrow(JobRowController::notFound);
	}

	/**
	 * A toast rendered with the row and swapped into #toasts out of band (fragments/toast
	 * :: oob).
	 */
	private static void toast(Model model, String message, String undoUrl) {
		model.addAttribute("oobToast", message);
		model.addAttribute("oobUndo", undoUrl);
	}

	private static String messages(PatchRejectedException ex) {
		return ex.violations().byField().values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
	}

	private static ResponseStatusException forbiddenOrBad(PatchRejectedException ex) {
		return new ResponseStatusException(ViolationStatus.of(ex.violations()), messages(ex));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
