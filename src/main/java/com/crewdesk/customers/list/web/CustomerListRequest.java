package com.crewdesk.customers.list.web;

import com.crewdesk.customers.list.CustomerFilter;
import com.crewdesk.customers.list.CustomerSort;
import com.crewdesk.patch.CustomerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.util.MultiValueMap;

/**
 * One state of the customers screen read leniently from its query string (q, type,
 * active, dns, tag, deleted, sort, size, page): a value the screen cannot use is dropped
 * or clamped, never an error. Builds the URLs of this state and its neighbours.
 */
record CustomerListRequest(CustomerFilter filter) {

	public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

	static final int MAX_PAGE = 1000;

	static final int MAX_SEARCH = 100;

	static CustomerListRequest of(MultiValueMap<String, String> params) {
		String search = text(params.getFirst("q"));
		if (search != null && search.length() > MAX_SEARCH) {
			search = search.substring(0, MAX_SEARCH);
		}
		CustomerType type = CustomerType.fromLabel(params.getFirst("type")).orElse(null);
		CustomerSort sort = CustomerSort.byCode(params.getFirst("sort")).orElse(CustomerSort.NAME);
		int size = PAGE_SIZES.contains(number(params.getFirst("size"), 50)) ? number(params.getFirst("size"), 50) : 50;
		int page = Math.min(Math.max(1, number(params.getFirst("page"), 1)), MAX_PAGE);
		return new CustomerListRequest(
				new CustomerFilter(search, type, bool(params.getFirst("active")), bool(params.getFirst("dns")),
						text(params.getFirst("tag")), "true".equals(params.getFirst("deleted")), sort, page, size));
	}

	public String url() {
		return url(filter.sort(), filter.page());
	}

	public String pageUrl(int page) {
		return url(filter.sort(), page);
	}

	/**
	 * The URL a column header leads to: the other direction when the list is sorted by
	 * it, else its usual first direction (newest first for the creation time), page 1.
	 */
	public String sortUrl(String column) {
		String code = filter.sort().code();
		String next = code.equals(column) ? "-" + column
				: code.equals("-" + column) || !column.equals("created_at") ? column : "-" + column;
		return url(CustomerSort.byCode(next).orElse(CustomerSort.NAME), 1);
	}

	public String ariaSort(String column) {
		return filter.sort().code().equals(column) ? "ascending"
				: filter.sort().code().equals("-" + column) ? "descending" : "none";
	}

	private String url(CustomerSort sort, int page) {
		StringJoiner query = new StringJoiner("&", "?", "");
		add(query, "q", filter.search());
		add(query, "type", filter.type() == null ? null : filter.type().label());
		add(query, "active", filter.active());
		add(query, "dns", filter.doNotService());
		add(query, "tag", filter.tag());
		add(query, "deleted", filter.includeDeleted() ? true : null);
		add(query, "sort", sort == CustomerSort.NAME ? null : sort.code());
		add(query, "size", filter.limit() == 50 ? null : filter.limit());
		add(query, "page", page == 1 ? null : page);
		String text = query.toString();
		return "/customers" + (text.equals("?") ? "" : text);
	}

	private static void add(StringJoiner query, String name, Object value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	private static String text(String raw) {
		return raw == null || raw.isBlank() ? null : raw.trim();
	}

	private static Boolean bool(String raw) {
		return "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : null;
	}

	private static int number(String raw, int fallback) {
		try {
			return raw == null ? fallback : Integer.parseInt(raw.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
