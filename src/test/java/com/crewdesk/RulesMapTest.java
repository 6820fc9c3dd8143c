package com.crewdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md names only code that exists: every {@code Class.method},
 * {@code package/Class} and {@code Class#test} it mentions in backticks is found in
 * src/main/java or src/test/java.
 */
class RulesMapTest {

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Pattern NAME = Pattern
		.compile("(?:([a-z0-9]+(?:/[a-z0-9]+)*)/)?([A-Z]\\w*)?(?:#(\\w+))?(?:\\.(\\w+)(?:\\(\\))?)?");

	@Test
	void everyClassMethodAndTestTheRuleMapNamesExists() throws IOException {
		Map<String, List<Path>> sources = sources();
		List<String> missing = new ArrayList<>();
		String lastClass = null;
		Matcher code = CODE.matcher(Files.readString(Path.of("docs/RULES.md")));
		while (code.find()) {
			for (String part : code.group(1).split(",\\s*|\\s+/\\s+")) {
				Matcher name = NAME.matcher(part.strip());
				if (!name.matches() || (name.group(2) == null && name.group(3) == null)
						|| (name.group(2) == null && name.group(1) != null)) {
					continue;
				}
				String type = name.group(2) != null ? name.group(2) : lastClass;
				if (!sources.containsKey(type)) {
					if (name.group(1) != null || name.group(4) != null && !name.group(4).matches("[A-Z_]+")) {
						missing.add(part);
					}
					continue;
				}
				lastClass = type;
				String text = text(sources.get(type));
				if (name.group(1) != null && sources.get(type)
					.stream()
					.noneMatch(file -> file.endsWith(Path.of(name.group(1), type + ".java")))) {
					missing.add(part + " (no such path)");
				}
				if (name.group(3) != null && !text.contains("void " + name.group(3) + "(")) {
					missing.add(part + " (no such test)");
				}
				if (name.group(4) != null && !Pattern.compile("\\b" + name.group(4) + "\\b").matcher(text).find()) {
					missing.add(part + " (no such member)");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Map<String, List<Path>> sources() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
				Files.walk(Path.of("src/test/java")))) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.collect(Collectors.groupingBy(file -> file.getFileName().toString().replace(".java", "")));
		}
	}

	private static String text(List<Path> files) {
		return files.stream().map(file -> {
			try {
				return Files.readString(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).collect(Collectors.joining("\n"));
	}

}
