package com.crewdesk.company;

import com.crewdesk.patch.CompanyRules;
import com.crewdesk.patch.CustomFieldDefinition;
import com.crewdesk.patch.CustomFieldType;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A company's settings in the shape the patch engine needs. */
@Service
public class CompanyRulesService {

	private final CompanyRepository companies;
	private final JdbcClient jdbc;

	CompanyRulesService(CompanyRepository companies, JdbcClient jdbc) {
		this.companies = companies;
		this.jdbc = jdbc;
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
		return new CompanyRules(company.workersEditJob(), fields, steps, List.of(), new LinkedHashSet<>(customerTags(companyId)));
	}

	/** The tag names the company's customers may carry, in name order. */
	public List<String> customerTags(long companyId) {
		return jdbc.sql("SELECT name FROM customer_tags WHERE company_id = :company ORDER BY lower(name)")
			.param("company", companyId)
			.query(String.class)
			.list();
	}
}
