package com.crewdesk.company;

import com.crewdesk.patch.CompanyRules;
import com.crewdesk.patch.CustomFieldDefinition;
import com.crewdesk.patch.CustomFieldType;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;

/** A company's settings in the shape the patch engine needs. */
@Service
public class CompanyRulesService {

	private final CompanyRepository companies;

	CompanyRulesService(CompanyRepository companies) {
		this.companies = companies;
	}

	public CompanyRules rulesFor(long companyId) {
		Company company = companies.findById(companyId).orElseThrow();
		List<CustomFieldDefinition> fields = company.customFields()
			.stream()
			.map(f -> new CustomFieldDefinition(f.fieldKey(), f.label(), CustomFieldType.valueOf(f.fieldType()),
					f.options(), f.required()))
			.toList();
		LinkedHashSet<String> steps = new LinkedHashSet<>();
		company.checklistSteps().forEach(step -> steps.add(step.stepKey()));
		return new CompanyRules(company.workersEditJob(), fields, steps);
	}
}
