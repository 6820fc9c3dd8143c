package com.crewdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.patch.Violations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * P18 at unit level: the one violation -> status mapping, and the pages that answer with
 * it.
 */
class ViolationStatusTest {

	static final Violations INVALID = Violations.of("status", "must be one of New, Contacted, …");
	static final Violations FORBIDDEN = Violations.forbidden("title", "you may not change this field");

	final PageExceptionHandler pages = new PageExceptionHandler();

	@Test
	void violationsMapToOneStatus() {
		assertThat(ViolationStatus.of(INVALID)).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ViolationStatus.of(FORBIDDEN)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(ViolationStatus.of(Violations.builder().add("status", "bad").addForbidden("title", "no").build()))
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(ViolationStatus.staleForApi()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(ViolationStatus.staleForPeople()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aRefusedChangeOnAPageShowsTheMessagesPerFieldWithTheSameStatus() {
		ModelAndView page = pages.rejected(new MockHttpServletRequest(), new PatchRejectedException(INVALID));

		assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getViewName()).isEqualTo("error/400");
		assertThat(page.getModel()).containsEntry("messages",
				Map.of("status", List.of("must be one of New, Contacted, …")));
	}

	@Test
	void aForbiddenChangeOnAPageIs403() {
		ModelAndView page = pages.rejected(new MockHttpServletRequest(), new PatchRejectedException(FORBIDDEN));

		assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getViewName()).isEqualTo("error/403");
	}

	@Test
	void aMissingJobOnAPageIs404NotAnError() {
		ModelAndView page = pages.notFound(new MockHttpServletRequest());

		assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getModel()).containsKey("traceId");
	}

}
