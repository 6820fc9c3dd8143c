package com.crewdesk.company;

import com.crewdesk.patch.CompanyRules;
import com.crewdesk.patch.CustomFieldDefinition;
import com.crewdesk.patch.CustomFieldType;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A company's settings in the shape the patch engine and the job pages need. Retired
 * custom fields and checklist steps are left out: new patches may not set them, and forms
 * no longer offer them.
 */
@Service
public class CompanyRulesService {

	private final CompanySettingsStore store;

	CompanyRulesService(CompanySettingsStore store) {
		this.store = store;
	}

	/**
	 * The rules every write is judged by, in one statement (it is asked for on every
	 * patch).
	 */
	public CompanyRules rulesFor(long companyId) {
		CompanySettingsStore.EngineRules live = store.engineRules(companyId);
		return new CompanyRules(live.workersEditJob(), definitions(live.fields(), FieldEntity.JOB),
				new LinkedHashSet<>(live.stepKeys()), definitions(live.fields(), FieldEntity.CUSTOMER),
				new LinkedHashSet<>(live.tags()));
	}

	/** The job custom fields in use, in their order. */
	public List<CustomFieldSetting> activeJobFields(long companyId) {
		return store.fields(companyId, FieldEntity.JOB, false).stream().map(FieldDefinition::setting).toList();
	}

	/** The customer custom fields in use, in their order. */
	public List<CustomFieldSetting> activeCustomerFields(long companyId) {
		return store.fields(companyId, FieldEntity.CUSTOMER, false).stream().map(FieldDefinition::setting).toList();
	}

	/** The checklist steps in use, in their order. */
	public List<ChecklistStep> activeChecklist(long companyId) {
		return store.steps(companyId, false).stream().map(step -> new ChecklistStep(step.key(), step.label())).toList();
	}

	/** The customer tags in use, in their order. */
	public List<String> activeCustomerTags(long companyId) {
		return store.tags(companyId, false).stream().map(NamedItem::label).toList();
	}

	public boolean workersEditJob(long companyId) {
		return store.general(companyId).workersEditJob();
	}

	private static List<CustomFieldDefinition> definitions(List<FieldDefinition> fields, FieldEntity entity) {
		return fields.stream()
			.filter(f -> f.entity() == entity)
			.map(f -> new CustomFieldDefinition(f.key(), f.label(), CustomFieldType.valueOf(f.type()), f.options(),
					f.required()))
			.toList();
	}

}
