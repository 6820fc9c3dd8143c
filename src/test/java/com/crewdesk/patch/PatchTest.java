package com.crewdesk.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A patch tells absent, explicit null and a value apart, and cannot be changed after it
 * is built.
 */
class PatchTest {

	@Test
	void absentNullAndValueAreThreeDifferentThings() {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("title", "Fix roof");
		raw.put("description", null);
		Patch patch = Patch.of(raw);

		assertThat(patch.isPresent("title")).isTrue();
		assertThat(patch.isNull("title")).isFalse();
		assertThat(patch.isPresent("description")).isTrue();
		assertThat(patch.isNull("description")).isTrue();
		assertThat(patch.isPresent("status")).isFalse();
		assertThat(patch.isNull("status")).isFalse();
		assertThat(patch.fieldNames()).containsExactly("title", "description");
	}

	@Test
	void builderAndWithout() {
		Patch patch = Patch.builder().set("title", "x").setNull("description").set("notify", false).build();

		assertThat(patch.without("notify").fieldNames()).containsExactly("title", "description");
		assertThat(Patch.empty().isEmpty()).isTrue();
	}

	@Test
	void patchIsACopyThatCannotBeChanged() {
		Map<String, Object> nested = new HashMap<>();
		nested.put("lat", 1);
		Map<String, Object> raw = new HashMap<>();
		raw.put("coordinates", nested);
		Patch patch = Patch.of(raw);
		nested.put("lat", 2);

		assertThat(((Map<?, ?>) patch.raw("coordinates")).get("lat")).isEqualTo(1);
		assertThatThrownBy(() -> ((Map<String, Object>) patch.raw("coordinates")).put("lng", 3))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> patch.fieldNames().remove("coordinates"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void jobValuesCompareCustomFieldsAsASet() {
		JobValues a = JobValues.empty()
			.with(JobField.CUSTOM_FIELDS, List.of(new CustomFieldValue("a", "1"), new CustomFieldValue("b", "2")));
		JobValues b = JobValues.empty()
			.with(JobField.CUSTOM_FIELDS, List.of(new CustomFieldValue("b", "2"), new CustomFieldValue("a", "1")));

		assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
	}

}
