package com.crewdesk.notifications.web;

import com.crewdesk.notifications.NotificationRepository;
import com.crewdesk.security.CrewdeskUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own notifications: the list, the unread count in the nav, marking
 * read.
 */
@Controller
public class NotificationController {

	private final NotificationRepository notifications;

	private final NotificationFeed feed;

	NotificationController(NotificationRepository notifications, NotificationFeed feed) {
		this.notifications = notifications;
		this.feed = feed;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		model.addAttribute("items", feed.recent(user.companyId(), user.staffId(), 100));
		return "notifications/list";
	}

	/** The bell's badge, refreshed by htmx now and then. */
	@GetMapping("/notifications/badge")
	String badge(Model model) {
		return "layout/main :: bell-count";
	}

	/** Marks one of the caller's own notifications read; anyone else's is "not found". */
	@PostMapping("/notifications/{id}/read")
	@Transactional
	String markRead(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (notifications.markRead(user.companyId(), user.staffId(), id) == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("toast", "Marked as read.");
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	@Transactional
	String markAllRead(@AuthenticationPrincipal CrewdeskUser user, RedirectAttributes redirect) {
		int count = notifications.markAllRead(user.companyId(), user.staffId());
		redirect.addFlashAttribute("toast",
				count == 1 ? "1 notification marked as read." : count + " notifications marked as read.");
		return "redirect:/notifications";
	}

}
