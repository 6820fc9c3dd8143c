package com.crewdesk.patch;

import com.crewdesk.staff.Role;
import java.util.Optional;
import java.util.Set;

/**
 * P13: technicians change only jobs assigned to them, and only status, notes and closing notes
 * (and the scheduled date when the company allows it); viewers change nothing.
 */
final class JobPermissions {

    private static final Set<String> TECHNICIAN_FIELDS =
            Set.of("status", "internal_notes", "customer_notes", "closing_notes", "notify");

    private JobPermissions() {
    }

    static Optional<Violations> refuseUpdate(JobValues current, Patch patch, PatchContext ctx) {
        Role role = ctx.actor().effectiveRole();
        if (role == Role.VIEWER) {
            return Optional.of(Violations.forbidden("job", "viewers may not change jobs"));
        }
        if (role != Role.TECHNICIAN) {
            return Optional.empty();
        }
        Violations.Builder v = Violations.builder();
        if (!ctx.actor().is(current.assignedToUserId())) {
            v.addForbidden("assigned_to_user_id", "technicians may only change jobs assigned to them");
        }
        for (String name : patch.fieldNames()) {
            if (name.equals("scheduled_date") && !ctx.company().workersEditJob()) {
                v.addForbidden(name, "technicians may change the scheduled date only when the company allows it");
            } else if (!TECHNICIAN_FIELDS.contains(name) && !name.equals("scheduled_date")) {
                v.addForbidden(name, "technicians may not change this field");
            }
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(v.build());
    }

    static Optional<Violations> refuseCreate(PatchContext ctx) {
        return switch (ctx.actor().effectiveRole()) {
            case VIEWER -> Optional.of(Violations.forbidden("job", "viewers may not create jobs"));
            case TECHNICIAN -> Optional.of(Violations.forbidden("job", "technicians may not create jobs"));
            default -> Optional.empty();
        };
    }
}
