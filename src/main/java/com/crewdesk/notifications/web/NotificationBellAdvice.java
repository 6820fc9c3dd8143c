package com.crewdesk.notifications.web;

import com.crewdesk.notifications.NotificationRepository;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.CrewdeskUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of a technician the number of their unread notifications for the bell
 * in the nav.
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationBellAdvice {

	private final NotificationRepository notifications;

	NotificationBellAdvice(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CrewdeskUser user
				&& Rulebook.receivesJobNotifications(user.actor())) {
			return notifications.countUnread(user.companyId(), user.staffId());
		}
		return null;
	}

}
