package com.crewdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	@Test
	void aPasswordHasTwelveCharactersIsNotTheEmailAndIsNotCommon() {
		assertThat(PasswordPolicy.problem("short", "a@b.test")).hasValue("must be at least 12 characters");
		assertThat(PasswordPolicy.problem("dana.cruz@acme.test", "Dana.Cruz@acme.test"))
			.hasValue("must not be your e-mail address");
		assertThat(PasswordPolicy.problem("dana.cruz.longname", "dana.cruz.longname@acme.test"))
			.hasValue("must not be your e-mail address");
		assertThat(PasswordPolicy.problem("Password1234", "a@b.test")).hasValue("is too common; choose another");
		assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaa", "a@b.test")).hasValue("is too common; choose another");
		assertThat(PasswordPolicy.problem("correct horse battery", "a@b.test")).isEmpty();
	}

	@Test
	void generatedPasswordsPassThePolicyAndDiffer() {
		String one = PasswordPolicy.generate();
		assertThat(one).hasSize(16);
		assertThat(PasswordPolicy.problem(one, "a@b.test")).isEmpty();
		assertThat(PasswordPolicy.generate()).isNotEqualTo(one);
	}

}
