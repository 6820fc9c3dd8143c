package com.crewdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Role;
import com.crewdesk.patch.Rulebook;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the code, as the build enforces it (issue 10): fails when a change breaks
 * one of these rules.
 */
class ArchitectureTest {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.crewdesk");

	@Test
	void thePatchEngineImportsNothingFromTheFeatures() {
		classes().that()
			.resideInAPackage("com.crewdesk.patch..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("com.crewdesk.patch..", "java..")
			.because("the engine is plain Java: the features build on it, never the other way round")
			.check(MAIN);
	}

	@Test
	void controllersRunNoSql() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "org.springframework.data.jdbc..")
			.because("SQL lives in the feature's store and query classes; controllers translate HTTP only")
			.check(MAIN);
	}

	@Test
	void onlyTheRulebookLooksAtRoles() {
		noClasses().that()
			.doNotBelongToAnyOf(Rulebook.class, Actor.class, Role.class)
			.and()
			.resideOutsideOfPackage("com.crewdesk.demo..")
			.should()
			.accessFieldWhere(roleConstant())
			.orShould()
			.callMethod(Actor.class, "effectiveRole")
			.because("who may see and change what (P13) is decided in patch.Rulebook alone; the demo loader only"
					+ " creates people with roles")
			.check(MAIN);
	}

	@Test
	void templatesNeverCompareRoleNames() throws IOException {
		Path templates = Path.of("src/main/resources/templates");
		try (Stream<Path> files = Files.walk(templates)) {
			List<String> offenders = files.filter(path -> path.toString().endsWith(".html")).filter(path -> {
				try {
					String text = Files.readString(path);
					return text.contains("role().name()")
							|| text.matches("(?s).*'(ADMIN|DISPATCHER|TECHNICIAN|VIEWER)'.*");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).map(Path::toString).toList();
			assertThat(offenders).as("templates that decide by role name instead of a flag from the model").isEmpty();
		}
	}

	private static DescribedPredicate<JavaFieldAccess> roleConstant() {
		return DescribedPredicate
			.describe("a Role constant", access -> access.getTargetOwner().isEquivalentTo(Role.class)
					&& List.of("ADMIN", "DISPATCHER", "TECHNICIAN", "VIEWER").contains(access.getTarget().getName()));
	}

}
