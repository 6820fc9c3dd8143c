package com.crewdesk.jobs.web;

import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StaleJobException;
import com.crewdesk.notifications.web.NotificationController;
import com.crewdesk.security.CrewdeskUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly pages for the job pages (the API has its own advice): a missing job, another company's job or one
 * the user may not see is a 404 page; a change the engine forbids is a 403 page naming the reason.
 */
@ControllerAdvice(basePackageClasses = { JobPageErrors.class, NotificationController.class })
class JobPageErrors {

	@ExceptionHandler(JobNotFoundException.class)
	ModelAndView notFound() {
		ModelAndView page = page("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(PatchRejectedException.class)
	ModelAndView rejected(PatchRejectedException ex) {
		boolean forbidden = ex.violations().forbidden();
		ModelAndView page = page(forbidden ? "error/403" : "error/400");
		page.addObject("messages", ex.violations().byField());
		page.setStatus(forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST);
		return page;
	}

	@ExceptionHandler(StaleJobException.class)
	ModelAndView stale(StaleJobException ex) {
		ModelAndView page = page("error/409");
		page.addObject("job", ex.current());
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/** Exception handlers skip the model advice, so the layout's currentUser is added here. */
	private static ModelAndView page(String view) {
		ModelAndView page = new ModelAndView(view);
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CrewdeskUser user) {
			page.addObject("currentUser", user);
		}
		return page;
	}
}
