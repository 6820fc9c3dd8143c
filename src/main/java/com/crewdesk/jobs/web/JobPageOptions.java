package com.crewdesk.jobs.web;

import com.crewdesk.company.ChecklistStep;
import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.company.CustomFieldSetting;
import com.crewdesk.patch.BidType;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.JobType;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the job pages offer and show for one company: choices, staff, custom fields,
 * checklist steps.
 */
@Component
public class JobPageOptions {

	/** One option of a select: the value posted and what the user reads. */
	public record Choice(String value, String label) {
	}

	public record Options(List<Choice> statuses, List<Choice> priorities, List<Choice> jobTypes, List<Choice> bidTypes,
			List<Choice> activeStaff, Map<String, String> staffNames, List<CustomFieldSetting> customFields,
			List<ChecklistStep> checklist, boolean workersEditJob) {

		public List<String> customKeys() {
			return customFields.stream().map(CustomFieldSetting::fieldKey).toList();
		}

		public String staffName(Object id) {
			return id == null || id.toString().isEmpty() ? null : staffNames.getOrDefault(id.toString(), "(unknown)");
		}

		public String choiceLabel(List<Choice> choices, String value) {
			return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
		}
	}

	private final CompanyRulesService companies;

	private final StaffRepository staff;

	public JobPageOptions(CompanyRulesService companies, StaffRepository staff) {
		this.companies = companies;
		this.staff = staff;
	}

	public Options forCompany(long companyId) {
		List<StaffUser> people = staff.findByCompany(companyId);
		Map<String, String> names = new LinkedHashMap<>();
		people.forEach(person -> names.put(person.id().toString(), person.displayName()));
		return new Options(Arrays.stream(JobStatus.values()).map(s -> new Choice(s.label(), s.label())).toList(),
				Arrays.stream(JobPriority.values()).map(p -> new Choice(p.label(), p.label())).toList(),
				Arrays.stream(JobType.values()).map(t -> new Choice(t.code(), t.label())).toList(),
				Arrays.stream(BidType.values()).map(t -> new Choice(t.code(), t.label())).toList(),
				people.stream()
					.filter(StaffUser::active)
					.map(p -> new Choice(p.id().toString(),
							p.displayName() + " (" + p.role().name().toLowerCase() + ")"))
					.toList(),
				names, companies.activeJobFields(companyId), companies.activeChecklist(companyId),
				companies.workersEditJob(companyId));
	}

}
