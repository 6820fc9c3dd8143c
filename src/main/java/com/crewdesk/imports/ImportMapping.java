package com.crewdesk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the user chose: the target of each column ("" ignores it), how job rows find their
 * customer (an order of {@code external_id}, {@code email}, {@code name}), and whether a
 * job row whose customer is not found creates one.
 */
public record ImportMapping(List<String> columns, List<String> customerMatch, boolean createMissingCustomers) {

	public static final List<String> MATCHES = List.of("external_id", "email", "name");

	public ImportMapping {
		columns = List.copyOf(columns);
		customerMatch = customerMatch == null || customerMatch.isEmpty() ? MATCHES
				: customerMatch.stream().filter(MATCHES::contains).distinct().toList();
	}

	/** The column mapped to a target, or -1. */
	public int columnOf(String target) {
		return columns.indexOf(target);
	}

	/**
	 * Problems with the mapping itself, by column: unknown targets, a target mapped
	 * twice.
	 */
	public List<String> problems(ImportKind kind, Set<String> customKeys) {
		List<String> problems = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String target = columns.get(i);
			if (target == null || target.isEmpty()) {
				continue;
			}
			boolean known = kind.targets().contains(target) || target.startsWith(ImportKind.CUSTOM)
					&& customKeys.contains(target.substring(ImportKind.CUSTOM.length()));
			if (!known) {
				problems.add("column " + (i + 1) + ": '" + target + "' is not a field of " + kind.code());
			}
			else if (seen.contains(target)) {
				problems.add("column " + (i + 1) + ": " + target + " is mapped to more than one column");
			}
			seen.add(target);
		}
		return problems;
	}

}
