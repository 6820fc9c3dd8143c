package com.crewdesk.jobs.row;

/** A message shown in one cell of a row: the edited cell, or "actions" for delete. */
public record RowNotice(String cell, String text, boolean error) {

	public boolean on(String name) {
		return cell.equals(name);
	}
}
