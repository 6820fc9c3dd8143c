package com.crewdesk.patch;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and change what (SPEC §1 roles, P13). This is the only class that looks at
 * a role: every screen, fragment, export, API call and the engine itself ask it, and
 * templates get its answers as flags or field sets.
 * <ul>
 * <li>ADMIN: everything, plus staff, API keys and company settings.</li>
 * <li>DISPATCHER (and API keys): create, edit, assign, batch edit, delete and restore
 * jobs and customers.</li>
 * <li>TECHNICIAN: sees the jobs assigned to them; changes their status and notes, and the
 * scheduled day when the company allows it.</li>
 * <li>VIEWER: reads everything, changes nothing.</li>
 * </ul>
 */
public final class Rulebook {

	/**
	 * What a technician may change on a job assigned to them (P13), besides the scheduled
	 * date.
	 */
	static final Set<String> TECHNICIAN_FIELDS = Set.of("status", "internal_notes", "customer_notes", "closing_notes");

	private Rulebook() {
	}

	/**
	 * Create, edit, assign, batch edit, delete and restore jobs: ADMIN, DISPATCHER and
	 * API keys.
	 */
	public static boolean managesJobs(Actor actor) {
		Role role = actor.effectiveRole();
		return role == Role.ADMIN || role == Role.DISPATCHER;
	}

	/** Customers are managed by the same people as jobs. */
	public static boolean managesCustomers(Actor actor) {
		return managesJobs(actor);
	}

	/**
	 * Importing customers and jobs from CSV files: those who manage both (ADMIN,
	 * DISPATCHER and read-write API keys).
	 */
	public static boolean importsData(Actor actor) {
		return managesJobs(actor) && managesCustomers(actor);
	}

	/** Staff, API keys and company settings: ADMIN staff only (never an API key). */
	public static boolean administersCompany(Actor actor) {
		return actor.apiKeyId() == null && actor.effectiveRole() == Role.ADMIN;
	}

	/**
	 * The one staff member whose jobs the actor may see, or null when they see all of
	 * their company's jobs. Technicians see only the jobs assigned to them.
	 */
	public static UUID jobsLimitedTo(Actor actor) {
		return actor.effectiveRole() == Role.TECHNICIAN ? actor.staffId() : null;
	}

	/**
	 * May the actor see a job that is assigned to {@code assignee} (null: unassigned)?
	 */
	public static boolean maySee(Actor actor, UUID assignee) {
		UUID only = jobsLimitedTo(actor);
		return only == null || only.equals(assignee);
	}

	/**
	 * Technicians are told when a job of theirs is assigned, unassigned or changes status
	 * (P12).
	 */
	public static boolean receivesJobNotifications(Actor actor) {
		return actor.effectiveRole() == Role.TECHNICIAN;
	}

	/**
	 * People of this role are offered when a job is to be given to someone in the field.
	 */
	public static boolean takesJobsInTheField(Role role) {
		return role == Role.TECHNICIAN;
	}

	/**
	 * The fields the actor may change on a job assigned to {@code assignee}: every
	 * updatable field for those who manage jobs, a technician's few fields on their own
	 * jobs, nothing otherwise.
	 */
	public static FieldAccess changeableFields(Actor actor, UUID assignee, boolean workersEditJob) {
		if (managesJobs(actor)) {
			return FieldAccess.ALL;
		}
		if (actor.effectiveRole() != Role.TECHNICIAN || !actor.is(assignee)) {
			return FieldAccess.NONE;
		}
		Set<String> fields = new LinkedHashSet<>(TECHNICIAN_FIELDS);
		if (workersEditJob) {
			fields.add("scheduled_date");
		}
		return FieldAccess.only(fields);
	}

	/**
	 * The fields the actor may change on any job they can see (technicians see only their
	 * own).
	 */
	public static FieldAccess changeableFieldsOnVisibleJobs(Actor actor, boolean workersEditJob) {
		return changeableFields(actor, actor.staffId(), workersEditJob);
	}

	/**
	 * P13 for an update: each field of the patch the actor may not change, with the
	 * reason, or nothing.
	 */
	public static Optional<Violations> refuseUpdate(Actor actor, UUID assignee, Set<String> fieldNames,
			boolean workersEditJob) {
		Role role = actor.effectiveRole();
		if (role == Role.VIEWER) {
			return Optional.of(Violations.forbidden("job", "viewers may not change jobs"));
		}
		FieldAccess access = changeableFields(actor, assignee, workersEditJob);
		if (access.all()) {
			return Optional.empty();
		}
		Violations.Builder v = Violations.builder();
		if (!actor.is(assignee)) {
			v.addForbidden("assigned_to_user_id", "technicians may only change jobs assigned to them");
		}
		for (String name : fieldNames) {
			if (access.allows(name) || name.equals(JobPatchEngine.NOTIFY)) {
				continue;
			}
			if (name.equals("scheduled_date") && !workersEditJob) {
				v.addForbidden(name, "technicians may change the scheduled date only when the company allows it");
			}
			else if (!name.equals("scheduled_date")) {
				v.addForbidden(name, "technicians may not change this field");
			}
		}
		return v.isEmpty() ? Optional.empty() : Optional.of(v.build());
	}

	/** Creating a job: only those who manage jobs. */
	public static Optional<Violations> refuseCreate(Actor actor) {
		if (managesJobs(actor)) {
			return Optional.empty();
		}
		String who = actor.effectiveRole() == Role.TECHNICIAN ? "technicians" : "viewers";
		return Optional.of(Violations.forbidden("job", who + " may not create jobs"));
	}

	/** Changing a customer: only those who manage customers. */
	public static Optional<Violations> refuseCustomerChange(Actor actor) {
		if (managesCustomers(actor)) {
			return Optional.empty();
		}
		String who = actor.effectiveRole() == Role.TECHNICIAN ? "technicians" : "viewers";
		return Optional.of(Violations.forbidden("customer", who + " may not change customers"));
	}

	/**
	 * A manager's action (delete, restore, batch edit…) refused with the reason, or
	 * nothing.
	 */
	public static Optional<Violations> refuseJobManagement(Actor actor, String action) {
		return managesJobs(actor) ? Optional.empty()
				: Optional.of(Violations.forbidden("job", "your role may not " + action + " jobs"));
	}

	/**
	 * The one staff member whose jobs' customers the actor may see, or null when they see
	 * all of their company's customers. Technicians see only the customers of the jobs
	 * assigned to them.
	 */
	public static UUID customersLimitedTo(Actor actor) {
		return jobsLimitedTo(actor);
	}

	/**
	 * The customers list and search: everyone but technicians (who reach their customers
	 * through their jobs).
	 */
	public static boolean browsesCustomers(Actor actor) {
		return customersLimitedTo(actor) == null;
	}

	/**
	 * External data and custom fields of a customer: hidden from technicians (name,
	 * address and phone only).
	 */
	public static boolean seesCustomerDetails(Actor actor) {
		return actor.effectiveRole() != Role.TECHNICIAN;
	}

	/**
	 * A new job, or a schedule, for a customer flagged do_not_service: only an admin, and
	 * only explicitly.
	 */
	public static boolean mayOverrideDoNotService(Actor actor) {
		return actor.effectiveRole() == Role.ADMIN;
	}

	/**
	 * The dispatch board (issue 14): everyone who sees all of the company's jobs, so not
	 * technicians; API keys have no board.
	 */
	public static boolean seesBoard(Actor actor) {
		return actor.apiKeyId() == null && jobsLimitedTo(actor) == null;
	}

	/**
	 * Moving jobs on the board (assign, schedule, unassign): those who manage jobs; a
	 * viewer sees the board read-only.
	 */
	public static boolean movesOnBoard(Actor actor) {
		return seesBoard(actor) && managesJobs(actor);
	}

}
