package com.crewdesk.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;

/**
 * The address bar after an htmx list update: the tidy canonical URL of the new state; a
 * refresh of the same state replaces the history entry instead of adding a second one.
 */
public final class ListHistory {

	private ListHistory() {
	}

	public static void show(HtmxResponse htmx, String currentUrl, String url) {
		if (currentUrl != null && currentUrl.endsWith(url)) {
			htmx.setReplaceUrl(url);
		}
		else {
			htmx.setPushUrl(url);
		}
	}

}
