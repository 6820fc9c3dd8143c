package com.crewdesk.jobs.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.JobEdits;
import com.crewdesk.jobs.web.JobFormFields;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/**
 * How a posted job form becomes a patch: only what the user changed, empty meaning null.
 */
class JobFormMappingTest {

	JobFormMapping mapping = new JobFormMapping(List.of("PO_Number", "Department"));

	static Map<String, String> form(String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	@Test
	void createSendsWhatWasFilledInAndAlwaysTheTitle() {
		var patch = mapping
			.forCreate(form("title", "", "description", "", "scheduled_time_start", "10:00", "scheduled_time_end",
					"09:00", "custom_fields[PO_Number]", "PO-1", "coordinates.lat", "", "coordinates.lng", ""));

		assertThat(patch.asMap()).containsOnlyKeys("title", "scheduled_time_start", "scheduled_time_end",
				"custom_fields");
		assertThat(patch.raw("custom_fields")).isEqualTo(List.of(Map.of("key", "PO_Number", "val", "PO-1")));
	}

	@Test
	void editSendsOnlyChangedFieldsAndEmptyAsBlank() {
		var original = form("title", "Roof", "description", "Leak", "priority", "Normal");
		var posted = form("title", "Roof", "description", "", "priority", "High");

		var patch = JobEdits.patch(JobValues.empty(), mapping.edit(0, posted, original, Map.of(), null));

		assertThat(patch.asMap()).containsOnlyKeys("description", "priority");
		assertThat(patch.raw("description")).isEqualTo("");
	}

	@Test
	void editedCustomFieldReplacesOnlyItsKeyInTheCurrentSet() {
		JobValues current = JobValues.empty()
			.with(JobField.CUSTOM_FIELDS, List.of(new CustomFieldValue("PO_Number", "PO-theirs"),
					new CustomFieldValue("Department", "Sales")));
		var original = form("custom_fields[PO_Number]", "PO-1", "custom_fields[Department]", "Sales");
		var posted = form("custom_fields[PO_Number]", "PO-1", "custom_fields[Department]", "");

		var patch = JobEdits.patch(current, mapping.edit(0, posted, original, Map.of(), null));

		assertThat(patch.raw("custom_fields")).isEqualTo(List.of(Map.of("key", "PO_Number", "val", "PO-theirs")));
	}

	@Test
	void clearedCoordinatesAreNullAndNotifyGoesWithAStatusChange() {
		var original = form("coordinates.lat", "39.7", "coordinates.lng", "-104.9", "status", "New");
		var posted = form("coordinates.lat", "", "coordinates.lng", "", "status", "Scheduled", "notify", "false");

		var patch = JobEdits.patch(JobValues.empty(), mapping.edit(0, posted, original, Map.of(), null));

		assertThat(patch.isNull("coordinates")).isTrue();
		assertThat(patch.raw("notify")).isEqualTo(false);
	}

	@Test
	void aRebasedFormKeepsTheUsersChangesOnTheCurrentValues() {
		var original = form("title", "A", "description", "D", "priority", "Normal");
		var posted = form("title", "Mine", "description", "D", "priority", "High");
		var current = form("title", "Theirs", "description", "Changed", "priority", "High");

		assertThat(mapping.rebase(posted, original, current)).containsEntry("title", "Mine")
			.containsEntry("description", "Changed");
		assertThat(mapping.rebasedOriginals(posted, original, current)).containsEntry("title", "A")
			.containsEntry("description", "Changed");
	}

	@Test
	void postedCheckboxesAndLineBreaksAreReadLikeTheBrowserMeantThem() {
		var params = new LinkedMultiValueMap<String, String>();
		params.add("is_urgent", "false");
		params.add("is_urgent", "true");
		params.add("description", "a\r\nb");
		params.add("orig.description", "a\r\nb");

		assertThat(JobFormFields.fromPost(params, "")).containsEntry("is_urgent", "true")
			.containsEntry("description", "a\nb")
			.doesNotContainKey("orig.description");
		assertThat(JobFormFields.fromPost(params, "orig.")).containsOnlyKeys("description");
	}

}
