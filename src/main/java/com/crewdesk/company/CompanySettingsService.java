package com.crewdesk.company;

import com.crewdesk.audit.Acting;
import com.crewdesk.audit.AuditEntry;
import com.crewdesk.audit.AuditKind;
import com.crewdesk.audit.AuditLog;
import com.crewdesk.patch.CustomFieldType;
import com.crewdesk.patch.Rulebook;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a company's settings: admins only, each change audited (old -> new). Custom
 * fields, checklist steps and tags are retired, never deleted, so stored values and
 * history keep their meaning.
 */
@Service
public class CompanySettingsService {

	private static final Pattern KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,59}$");

	private static final String FIELDS = "custom_field_definitions";

	private static final String STEPS = "checklist_steps";

	private static final String TAGS = "customer_tags";

	private final CompanySettingsStore store;

	private final AuditLog audit;

	CompanySettingsService(CompanySettingsStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	/**
	 * The company's time zone (dates on pages and filters); UTC if the stored one is
	 * unknown. One statement, without a transaction around it: every page with a date
	 * asks.
	 */
	public ZoneId zone(long companyId) {
		return zoneOf(store.general(companyId).timeZone());
	}

	static ZoneId zoneOf(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			return ZoneId.of("UTC");
		}
	}

	@Transactional(readOnly = true)
	public GeneralSettings general(Acting admin) {
		requireAdmin(admin);
		return store.general(admin.companyId());
	}

	@Transactional(readOnly = true)
	public List<FieldDefinition> fields(Acting admin, FieldEntity entity) {
		requireAdmin(admin);
		return store.fields(admin.companyId(), entity, true);
	}

	@Transactional(readOnly = true)
	public FieldDefinition field(Acting admin, long id) {
		requireAdmin(admin);
		return store.field(admin.companyId(), id).orElseThrow(SettingNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<NamedItem> steps(Acting admin) {
		requireAdmin(admin);
		return store.steps(admin.companyId(), true);
	}

	@Transactional(readOnly = true)
	public List<NamedItem> tags(Acting admin) {
		requireAdmin(admin);
		return store.tags(admin.companyId(), true);
	}

	@Transactional
	public void updateGeneral(Acting admin, String name, String timeZone, boolean workersEditJob) {
		GeneralSettings old = general(admin);
		String newName = text("name", name, 200);
		if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone) && !"UTC".equals(timeZone)) {
			throw new SettingsRejected("timeZone", "Choose a time zone from the list");
		}
		store.updateGeneral(admin.companyId(), new GeneralSettings(newName, timeZone, workersEditJob));
		changed(admin, "company name", old.name(), newName);
		changed(admin, "time zone", old.timeZone(), timeZone);
		changed(admin, "workers_edit_job", old.workersEditJob() ? "on" : "off", workersEditJob ? "on" : "off");
	}

	@Transactional
	public void addField(Acting admin, FieldEntity entity, String key, String label, String type, String options,
			boolean required) {
		requireAdmin(admin);
		String cleanKey = key == null ? "" : key.trim();
		if (!KEY.matcher(cleanKey).matches()) {
			throw new SettingsRejected("key",
					"Key must start with a letter and use only letters, digits and _ (at most 60)");
		}
		if (store.fieldKeyTaken(admin.companyId(), entity, cleanKey)) {
			throw new SettingsRejected("key", "Key " + cleanKey + " is already used (keys of retired fields too)");
		}
		String cleanType = type(type);
		List<String> choices = options(cleanType, options);
		String cleanLabel = text("label", label, 120);
		store.insertField(admin.companyId(), entity, cleanKey, cleanLabel, cleanType, choices, required);
		audit.record(admin.entry(AuditKind.SETTING_CHANGED, entity.label() + " custom field " + cleanKey,
				AuditEntry.change(null, describe(cleanLabel, cleanType, choices, required))));
	}

	@Transactional
	public void updateField(Acting admin, long id, String label, String options, boolean required) {
		FieldDefinition old = field(admin, id);
		String cleanLabel = text("label", label, 120);
		List<String> choices = options(old.type(), options);
		store.updateField(admin.companyId(), id, cleanLabel, choices, required);
		String before = describe(old.label(), old.type(), old.options(), old.required());
		String after = describe(cleanLabel, old.type(), choices, required);
		changed(admin, old.entity().label() + " custom field " + old.key(), before, after);
	}

	@Transactional
	public void retireField(Acting admin, long id, boolean retired) {
		FieldDefinition old = field(admin, id);
		if (old.retired() != retired) {
			store.retire(FIELDS, admin.companyId(), id, retired);
			changed(admin, old.entity().label() + " custom field " + old.key(), state(old.retired()), state(retired));
		}
	}

	@Transactional
	public void moveField(Acting admin, long id, int direction) {
		FieldDefinition field = field(admin, id);
		List<FieldDefinition> all = store.fields(admin.companyId(), field.entity(), true);
		int at = all.stream().map(FieldDefinition::id).toList().indexOf(id);
		int to = at + Integer.signum(direction);
		if (to >= 0 && to < all.size()) {
			normalisePositions(FIELDS, admin.companyId(), all.stream().map(FieldDefinition::id).toList());
			store.swapPositions(FIELDS, admin.companyId(), id, all.get(to).id());
			audit.record(admin.entry(AuditKind.SETTING_CHANGED, field.entity().label() + " custom field order",
					AuditEntry.change(at + 1, to + 1) + " (" + field.key() + ")"));
		}
	}

	@Transactional
	public void addStep(Acting admin, String label) {
		requireAdmin(admin);
		String cleanLabel = text("label", label, 120);
		String key = uniqueStepKey(admin.companyId(), cleanLabel);
		store.insertStep(admin.companyId(), key, cleanLabel);
		audit.record(
				admin.entry(AuditKind.SETTING_CHANGED, "checklist step " + key, AuditEntry.change(null, cleanLabel)));
	}

	@Transactional
	public void renameStep(Acting admin, long id, String label) {
		NamedItem step = step(admin, id);
		String cleanLabel = text("label", label, 120);
		store.relabel(STEPS, admin.companyId(), id, cleanLabel);
		changed(admin, "checklist step " + step.key(), step.label(), cleanLabel);
	}

	@Transactional
	public void retireStep(Acting admin, long id, boolean retired) {
		NamedItem step = step(admin, id);
		if (step.retired() != retired) {
			store.retire(STEPS, admin.companyId(), id, retired);
			changed(admin, "checklist step " + step.key(), state(step.retired()), state(retired));
		}
	}

	@Transactional
	public void moveStep(Acting admin, long id, int direction) {
		NamedItem step = step(admin, id);
		List<NamedItem> all = store.steps(admin.companyId(), true);
		int at = all.stream().map(NamedItem::id).toList().indexOf(id);
		int to = at + Integer.signum(direction);
		if (to >= 0 && to < all.size()) {
			normalisePositions(STEPS, admin.companyId(), all.stream().map(NamedItem::id).toList());
			store.swapPositions(STEPS, admin.companyId(), id, all.get(to).id());
			audit.record(admin.entry(AuditKind.SETTING_CHANGED, "checklist order",
					AuditEntry.change(at + 1, to + 1) + " (" + step.key() + ")"));
		}
	}

	@Transactional
	public void addTag(Acting admin, String label) {
		requireAdmin(admin);
		String cleanLabel = text("tag", label, 60);
		if (store.tagTaken(admin.companyId(), cleanLabel, -1)) {
			throw new SettingsRejected("tag", "Tag " + cleanLabel + " already exists");
		}
		store.insertTag(admin.companyId(), cleanLabel);
		audit.record(admin.entry(AuditKind.SETTING_CHANGED, "customer tag", AuditEntry.change(null, cleanLabel)));
	}

	@Transactional
	public void renameTag(Acting admin, long id, String label) {
		NamedItem tag = tag(admin, id);
		String cleanLabel = text("tag", label, 60);
		if (store.tagTaken(admin.companyId(), cleanLabel, id)) {
			throw new SettingsRejected("tag", "Tag " + cleanLabel + " already exists");
		}
		store.relabel(TAGS, admin.companyId(), id, cleanLabel);
		store.renameTagOnCustomers(admin.companyId(), admin.staffId(), tag.label(), cleanLabel);
		changed(admin, "customer tag", tag.label(), cleanLabel);
	}

	@Transactional
	public void retireTag(Acting admin, long id, boolean retired) {
		NamedItem tag = tag(admin, id);
		if (tag.retired() != retired) {
			store.retire(TAGS, admin.companyId(), id, retired);
			changed(admin, "customer tag " + tag.label(), state(tag.retired()), state(retired));
		}
	}

	private NamedItem step(Acting admin, long id) {
		return steps(admin).stream().filter(s -> s.id() == id).findFirst().orElseThrow(SettingNotFoundException::new);
	}

	private NamedItem tag(Acting admin, long id) {
		return tags(admin).stream().filter(s -> s.id() == id).findFirst().orElseThrow(SettingNotFoundException::new);
	}

	private void normalisePositions(String table, long companyId, List<Long> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			store.setPosition(table, companyId, ordered.get(i), i);
		}
	}

	private String uniqueStepKey(long companyId, String label) {
		String base = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
			base = "step_" + base;
		}
		base = base.length() > 50 ? base.substring(0, 50) : base;
		String key = base;
		for (int n = 2; store.stepKeyTaken(companyId, key); n++) {
			key = base + "_" + n;
		}
		return key;
	}

	private void changed(Acting admin, String subject, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			audit.record(admin.entry(AuditKind.SETTING_CHANGED, subject, AuditEntry.change(before, after)));
		}
	}

	private static String state(boolean retired) {
		return retired ? "retired" : "in use";
	}

	private static String describe(String label, String type, List<String> options, boolean required) {
		return label + " (" + type.toLowerCase(Locale.ROOT)
				+ (options.isEmpty() ? "" : ": " + String.join(", ", options)) + (required ? ", required" : "") + ")";
	}

	private static String type(String type) {
		return Arrays.stream(CustomFieldType.values())
			.map(Enum::name)
			.filter(t -> t.equals(type))
			.findFirst()
			.orElseThrow(() -> new SettingsRejected("type", "Choose a type"));
	}

	/**
	 * The options of a SELECT, one per line (or comma separated), trimmed and without
	 * duplicates.
	 */
	private static List<String> options(String type, String options) {
		if (!"SELECT".equals(type)) {
			return List.of();
		}
		LinkedHashSet<String> choices = new LinkedHashSet<>();
		for (String option : (options == null ? "" : options).split("[\\n,]")) {
			if (!option.isBlank()) {
				choices.add(option.trim());
			}
		}
		if (choices.isEmpty()) {
			throw new SettingsRejected("options", "A select field needs at least one option");
		}
		if (choices.stream().anyMatch(c -> c.length() > 100)) {
			throw new SettingsRejected("options", "Options must be at most 100 characters each");
		}
		return List.copyOf(choices);
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new SettingsRejected(field, capitalised(field) + " must not be blank");
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			throw new SettingsRejected(field, capitalised(field) + " must be at most " + max + " characters");
		}
		return trimmed;
	}

	private static String capitalised(String field) {
		return Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	private static void requireAdmin(Acting admin) {
		if (!Rulebook.administersCompany(admin.actor())) {
			throw new AccessDeniedException("only admins change company settings");
		}
	}

}
