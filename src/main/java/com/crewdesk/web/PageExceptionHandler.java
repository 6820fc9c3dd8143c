package com.crewdesk.web;

import com.crewdesk.jobs.JobNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly error pages for the portal's page controllers (the JSON API has its own problem+json advice):
 * a job that is missing, deleted or another company's is a plain 404 page, never a stack trace. The API's
 * advice is ordered first, so API controllers (also @Controller) keep their problem+json answers.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(JobNotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		return errorPage(request, HttpStatus.NOT_FOUND);
	}

	static ModelAndView errorPage(HttpServletRequest request, HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("traceId", TraceIds.of(request));
		return page;
	}
}
