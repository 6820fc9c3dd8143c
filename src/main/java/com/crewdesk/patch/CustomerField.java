package com.crewdesk.patch;

import static com.crewdesk.patch.FieldCategory.READ_ONLY;
import static com.crewdesk.patch.FieldCategory.WRITABLE;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every customer field (SPEC §1, seed 003): API name, Java type, nullability,
 * writability, format.
 */
public enum CustomerField implements PatchableField {

	UUID("uuid", java.util.UUID.class, READ_ONLY, false, Formats.shownAsString()),
	/** At least 1 character when given (seed 000). */
	FIRST_NAME("first_name", String.class, WRITABLE, true, Formats.text(1, 100)),
	LAST_NAME("last_name", String.class, WRITABLE, true, Formats.text(100)),
	COMPANY_NAME("company_name", String.class, WRITABLE, true, Formats.text(200)),
	CUSTOMER_TYPE("customer_type", CustomerType.class, WRITABLE, false,
			Formats.oneOf(CustomerType.class, CustomerType::fromLabel, CustomerType::label)),
	ADDRESS("address", Address.class, WRITABLE, true, new AddressFormat()),
	EMAIL("email", String.class, WRITABLE, true, Formats.email()),
	/** E.164 or a national format, stored normalised ({@link PhoneNumbers}). */
	PHONE("phone", String.class, WRITABLE, true, PhoneNumbers.format()),
	DO_NOT_MAIL("do_not_mail", Boolean.class, WRITABLE, false, Formats.bool()),
	DO_NOT_SERVICE("do_not_service", Boolean.class, WRITABLE, false, Formats.bool()),
	ACTIVE("active", Boolean.class, WRITABLE, false, Formats.bool()),
	/**
	 * A set of the company's tag names (spelled as the company spells them); null clears
	 * to an empty list.
	 */
	TAGS("tags", List.class, WRITABLE, true, new TagsFormat()),
	/**
	 * List of {@link CustomFieldValue}, checked against the company's customer custom
	 * fields.
	 */
	CUSTOM_FIELDS("custom_fields", List.class, WRITABLE, true, new CustomFieldsFormat()),
	/** Map applicationGuid → (key → value); patched per application. */
	EXTERNAL_DATA("external_data", Map.class, WRITABLE, false, new ExternalDataFormat()),
	CREATED_AT("created_at", Instant.class, READ_ONLY, false, Formats.shownAsString()),
	UPDATED_AT("updated_at", Instant.class, READ_ONLY, true, Formats.shownAsString()),
	DELETED_AT("deleted_at", Instant.class, READ_ONLY, true, Formats.shownAsString()),
	VERSION("version", Long.class, READ_ONLY, true, Formats.shownAsIs());

	private final String apiName;

	private final Class<?> javaType;

	private final FieldCategory category;

	private final boolean nullable;

	private final ValueFormat format;

	CustomerField(String apiName, Class<?> javaType, FieldCategory category, boolean nullable, ValueFormat format) {
		this.apiName = apiName;
		this.javaType = javaType;
		this.category = category;
		this.nullable = nullable;
		this.format = format;
	}

	public static Optional<CustomerField> byApiName(String name) {
		return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
	}

	@Override
	public String apiName() {
		return apiName;
	}

	public Class<?> javaType() {
		return javaType;
	}

	@Override
	public FieldCategory category() {
		return category;
	}

	@Override
	public boolean nullable() {
		return nullable;
	}

	@Override
	public ValueFormat format() {
		return format;
	}

	public Object toRaw(Object typed) {
		return format.toRaw(typed);
	}

}
