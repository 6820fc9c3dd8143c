package com.crewdesk.jobs.list;

import com.crewdesk.jobs.JobNumberSequence;
import java.util.Locale;
import java.util.Map;

/**
 * The list's free-text search: a case-insensitive substring of the title and description,
 * or of the job number.
 * <p>
 * Job numbers are always "JOB-" and digits (a CHECK constraint holds it), so the term
 * alone tells which numbers can contain it: a piece of "JOB-" is in every number; a term
 * that runs from the end of "JOB-" into digits ("job-0042", "b-0042", "-0042") can only
 * stand at the start of a number, a prefix lookup on the number's btree; digits alone
 * ("4242") can stand anywhere in the digits, a trigram lookup; any other term is in no
 * number. Indexing the whole number's trigrams instead made every "job-…" term read lists
 * that name every job.
 */
public record JobSearch(String sql, Map<String, Object> params) {

	/**
	 * Title and description as searched, lower-cased: a stored column (V24) with the
	 * trigram index. A plain column, not the expression, so that the index stays usable
	 * under row-level security.
	 */
	public static final String TEXT = "j.search_text";

	/**
	 * The digits of a job number; the same expression carries a trigram index of its own,
	 * without the company key (V27).
	 */
	public static final String NUMBER_DIGITS = "substr(j.job_number, 5)";

	private static final String NUMBER_PREFIX = JobNumberSequence.PREFIX.toLowerCase(Locale.ROOT);

	/**
	 * The condition for a non-blank term, or null when every job matches it ("job",
	 * "ob-", "-").
	 */
	public static JobSearch of(String term) {
		String lowered = term.toLowerCase(Locale.ROOT);
		if (NUMBER_PREFIX.contains(lowered)) {
			return null;
		}
		String anywhere = containing(lowered);
		for (int start = 0; start < NUMBER_PREFIX.length(); start++) {
			String prefixEnd = NUMBER_PREFIX.substring(start);
			if (lowered.startsWith(prefixEnd) && isDigits(lowered.substring(prefixEnd.length()))) {
				String numberStart = JobNumberSequence.PREFIX + lowered.substring(prefixEnd.length()) + "%";
				return new JobSearch("(" + TEXT + " LIKE :search OR j.job_number LIKE :numberStart)",
						Map.of("search", anywhere, "numberStart", numberStart));
			}
		}
		if (isDigits(lowered)) {
			return new JobSearch("(" + TEXT + " LIKE :search OR " + NUMBER_DIGITS + " LIKE :search)",
					Map.of("search", anywhere));
		}
		return new JobSearch(TEXT + " LIKE :search", Map.of("search", anywhere));
	}

	/**
	 * A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken
	 * literally.
	 */
	public static String containing(String lowered) {
		String escaped = lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static boolean isDigits(String text) {
		return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
	}
}
