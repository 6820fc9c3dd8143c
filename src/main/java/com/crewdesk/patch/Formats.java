package com.crewdesk.patch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The plain value formats shared by job and customer fields (P5). */
final class Formats {

	static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");

	/** Timestamps lie in the years of {@link DateRange}. */
	static final String TIMESTAMP_RANGE = "must be between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z";

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

	private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern ZIP = Pattern.compile("[A-Za-z0-9 -]+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

	private static final Pattern PHONE = Pattern.compile("[0-9+()./ xX#-]*[0-9][0-9+()./ xX#-]*");

	private Formats() {
	}

	/**
	 * A string whose trimmed length is at least {@code min} and whose length is at most
	 * {@code max}.
	 */
	static ValueFormat text(int min, int max) {
		ValueFormat format = simple(String.class, (key, raw, v) -> RawValues.string(key, raw, v).filter(s -> {
			if (s.trim().length() < min) {
				v.add(key, min == 1 ? "must not be blank" : "must be at least " + min + " characters");
				return false;
			}
			if (s.length() > max) {
				v.add(key, "must be at most " + max + " characters");
				return false;
			}
			return true;
		}));
		return min == 0 ? format : keepBlank(format);
	}

	/**
	 * A format for which a blank string is an error, not null (customer.first_name, seed
	 * 000).
	 */
	private static ValueFormat keepBlank(ValueFormat format) {
		return new ValueFormat() {
			@Override
			public Optional<Object> read(String key, Object raw, Violations.Builder v) {
				return format.read(key, raw, v);
			}

			@Override
			public Object toRaw(Object typed) {
				return format.toRaw(typed);
			}

			@Override
			public boolean blankMeansNull() {
				return false;
			}
		};
	}

	static ValueFormat text(int max) {
		return text(0, max);
	}

	static ValueFormat email() {
		return simple(String.class, (key, raw, v) -> RawValues.string(key, raw, v).map(String::trim).filter(s -> {
			boolean ok = s.length() <= 254 && EMAIL.matcher(s).matches();
			if (!ok) {
				v.add(key, "must be a valid email address");
			}
			return ok;
		}));
	}

	static ValueFormat phone() {
		return pattern(PHONE, 40, "must be a phone number (digits, spaces, + - ( ) .)", false);
	}

	/** Two letters, stored upper case. */
	static ValueFormat usState() {
		return pattern(STATE, 2, "must be a 2-letter state code", true);
	}

	/** An ISO-3166 alpha-2 country code, stored upper case. */
	static ValueFormat country() {
		return simple(String.class, (key, raw,
				v) -> RawValues.string(key, raw, v).map(String::trim).map(s -> s.toUpperCase(Locale.ROOT)).filter(s -> {
					boolean ok = COUNTRIES.contains(s);
					if (!ok) {
						v.add(key, "must be an ISO-3166 alpha-2 country code (e.g. US)");
					}
					return ok;
				}));
	}

	static ValueFormat zip() {
		return pattern(ZIP, 20, "must be at most 20 letters, digits, spaces or dashes", false);
	}

	private static ValueFormat pattern(Pattern pattern, int max, String message, boolean upperCase) {
		return simple(String.class, (key, raw, v) -> RawValues.string(key, raw, v).map(String::trim).filter(s -> {
			boolean ok = s.length() <= max && pattern.matcher(s).matches();
			if (!ok) {
				v.add(key, message);
			}
			return ok;
		}).map(s -> upperCase ? s.toUpperCase(Locale.ROOT) : s));
	}

	static ValueFormat bool() {
		return simple(Boolean.class, RawValues::bool);
	}

	static ValueFormat uuid() {
		return simple(UUID.class, RawValues::uuid);
	}

	/** Money: ≥ 0, ≤ 9999999999.99, at most 2 decimals; stored with scale 2. */
	static ValueFormat money() {
		return simple(BigDecimal.class, (key, raw, v) -> RawValues.decimal(key, raw, v).filter(d -> {
			if (d.signum() < 0) {
				v.add(key, "must not be negative");
			}
			else if (d.compareTo(MAX_MONEY) > 0) {
				v.add(key, "must be at most 9999999999.99");
			}
			else if (Math.max(d.stripTrailingZeros().scale(), 0) > 2) {
				v.add(key, "must have at most 2 decimal places");
			}
			else {
				return true;
			}
			return false;
		}).map(Formats::moneyScale));
	}

	static BigDecimal moneyScale(BigDecimal amount) {
		return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	/** A decimal between {@code min} and {@code max} inclusive (coordinates). */
	static Optional<BigDecimal> decimalBetween(String key, Object raw, int min, int max, Violations.Builder v) {
		return RawValues.decimal(key, raw, v).filter(d -> {
			boolean ok = d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0;
			if (!ok) {
				v.add(key, "must be between " + min + " and " + max);
			}
			return ok;
		});
	}

	/** "YYYY-MM-DD", or a full ISO-8601 timestamp whose UTC date is taken (seed 001). */
	static ValueFormat date() {
		return new ValueFormat() {
			@Override
			public Optional<Object> read(String key, Object raw, Violations.Builder v) {
				Optional<String> text = RawValues.string(key, raw, v);
				Optional<LocalDate> date = text.flatMap(Formats::parseDate);
				if (date.isEmpty() && text.isPresent()) {
					v.add(key, "must be a date (YYYY-MM-DD)");
				}
				else if (date.isPresent() && !inRange(date.get())) {
					v.add(key, DateRange.MESSAGE);
					return Optional.empty();
				}
				return date.map(d -> d);
			}

			@Override
			public Object toRaw(Object typed) {
				return typed == null ? null : typed.toString();
			}
		};
	}

	static boolean inRange(LocalDate date) {
		return DateRange.contains(date);
	}

	static Optional<LocalDate> parseDate(String text) {
		String s = text.trim();
		try {
			return Optional.of(LocalDate.parse(s));
		}
		catch (DateTimeParseException notPlainDate) {
			return parseInstant(s).map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate());
		}
	}

	/** "HH:MM", 00:00 to 23:59. */
	static ValueFormat time() {
		return new ValueFormat() {
			@Override
			public Optional<Object> read(String key, Object raw, Violations.Builder v) {
				if (raw instanceof String s && TIME.matcher(s.trim()).matches()) {
					return Optional.of(LocalTime.parse(s.trim()));
				}
				v.add(key, "must be HH:MM");
				return Optional.empty();
			}

			@Override
			public Object toRaw(Object typed) {
				return typed == null ? null : ((LocalTime) typed).truncatedTo(ChronoUnit.MINUTES).toString();
			}
		};
	}

	/** ISO-8601 timestamp with offset or Z. */
	static ValueFormat instant() {
		return new ValueFormat() {
			@Override
			public Optional<Object> read(String key, Object raw, Violations.Builder v) {
				Optional<Instant> at = raw instanceof String s && s.indexOf('\0') < 0 ? parseInstant(s.trim())
						: Optional.empty();
				if (at.isEmpty()) {
					v.add(key, "must be an ISO-8601 timestamp with offset, e.g. 2025-01-20T10:00:00Z");
				}
				else if (!inRange(at.get().atOffset(ZoneOffset.UTC).toLocalDate())) {
					v.add(key, TIMESTAMP_RANGE);
					return Optional.empty();
				}
				return at.map(i -> i);
			}

			@Override
			public Object toRaw(Object typed) {
				return typed == null ? null : typed.toString();
			}
		};
	}

	static Optional<Instant> parseInstant(String text) {
		try {
			return Optional.of(OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** One of an enum's values, read by {@code parser}, shown by {@code shown}. */
	static <E extends Enum<E>> ValueFormat oneOf(Class<E> type, Function<String, Optional<E>> parser,
			Function<E, String> shown) {
		String allowed = Arrays.stream(type.getEnumConstants()).map(shown).collect(Collectors.joining(", "));
		return new ValueFormat() {
			@Override
			public Optional<Object> read(String key, Object raw, Violations.Builder v) {
				Optional<E> value = raw instanceof String s ? parser.apply(s) : Optional.empty();
				if (value.isEmpty()) {
					v.add(key, "must be one of: " + allowed);
				}
				return value.map(e -> e);
			}

			@Override
			public Object toRaw(Object typed) {
				return typed == null ? null : shown.apply(type.cast(typed));
			}
		};
	}

	/** Values only shown, never read from a patch (read-only fields). */
	static ValueFormat shownAsIs() {
		return simple(Object.class, (key, raw, v) -> {
			v.add(key, "cannot be changed");
			return Optional.empty();
		});
	}

	/** Shown as its string form (UUID, Instant). */
	static ValueFormat shownAsString() {
		return new ValueFormat() {
			@Override
			public Optional<Object> read(String key, Object raw, Violations.Builder v) {
				v.add(key, "cannot be changed");
				return Optional.empty();
			}

			@Override
			public Object toRaw(Object typed) {
				return typed == null ? null : typed.toString();
			}
		};
	}

	interface Reader<T> {

		Optional<T> read(String key, Object raw, Violations.Builder v);

	}

	/**
	 * A format whose typed value is also its raw form (String, Boolean, BigDecimal) or
	 * shown by toString (UUID).
	 */
	static <T> ValueFormat simple(Class<T> type, Reader<T> reader) {
		return new ValueFormat() {
			@Override
			public Optional<Object> read(String key, Object raw, Violations.Builder v) {
				return reader.read(key, raw, v).map(t -> t);
			}

			@Override
			public Object toRaw(Object typed) {
				return typed instanceof UUID ? typed.toString() : typed;
			}
		};
	}

}
