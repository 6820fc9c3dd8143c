package com.crewdesk.jobs.web;

import java.util.List;

/**
 * The jobs list query string exactly as the browser sent it. Every field is text so binding can never fail;
 * {@link JobListRequest#from} decides what each value means and what to do with a bad one.
 */
record JobListForm(List<String> status, String priority, String assignee, String customer, String location, String from, String to,
		String q, String deleted, String sort, String dir, String page, String size) {
}
