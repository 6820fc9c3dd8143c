package com.crewdesk.web;

import com.crewdesk.customers.CustomerNotFoundException;
import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StaleJobException;
import com.crewdesk.security.CrewdeskUser;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly error pages for the portal's page controllers (the JSON API has its own
 * problem+json advice, ordered first): a job that is missing or another company's is a
 * 404 page, a change the engine forbids is a 403 or 400 page naming the reasons, a stale
 * write is a 409 page. Never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler({ JobNotFoundException.class, CustomerNotFoundException.class })
	ModelAndView notFound(HttpServletRequest request) {
		return errorPage(request, HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(PatchRejectedException.class)
	ModelAndView rejected(HttpServletRequest request, PatchRejectedException ex) {
		ModelAndView page = errorPage(request, ViolationStatus.of(ex.violations()));
		page.addObject("messages", ex.violations().byField());
		return page;
	}

	@ExceptionHandler(StaleJobException.class)
	ModelAndView stale(HttpServletRequest request, StaleJobException ex) {
		ModelAndView page = errorPage(request, ViolationStatus.staleForPeople());
		page.addObject("job", ex.current());
		return page;
	}

	@ExceptionHandler(RequestRejectedException.class)
	ModelAndView rejectedByFirewall(HttpServletRequest request) {
		return errorPage(request, HttpStatus.BAD_REQUEST);
	}

	/**
	 * A value the checks in front of the database missed and the database refused: the
	 * sender's fault, a 400.
	 */
	@ExceptionHandler(DataAccessException.class)
	ModelAndView databaseRefused(HttpServletRequest request, DataAccessException ex) throws DataAccessException {
		if (!BadValueBackstop.isBadValue(ex)) {
			throw ex;
		}
		log.warn("Value refused by the database in {} {}: {}", request.getMethod(), request.getRequestURI(),
				NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		return errorPage(request, HttpStatus.BAD_REQUEST);
	}

	/**
	 * Exception handlers skip the model advice, so the layout's currentUser and nav are
	 * added here.
	 */
	static ModelAndView errorPage(HttpServletRequest request, HttpStatus status) {
		ModelAndView page = new ModelAndView("error/" + (status.is5xxServerError() ? "5xx" : status.value()), status);
		page.addObject("status", status.value());
		page.addObject("traceId", TraceIds.of(request));
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CrewdeskUser user) {
			page.addObject("currentUser", user);
			page.addObject("nav", Navigation.of(user.actor()));
		}
		return page;
	}

}
