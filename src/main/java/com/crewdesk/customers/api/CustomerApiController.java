package com.crewdesk.customers.api;

import static com.crewdesk.web.api.ApiResponses.success;

import com.crewdesk.customers.CustomerHistory;
import com.crewdesk.customers.CustomerService;
import com.crewdesk.customers.CustomerStore.StoredCustomer;
import com.crewdesk.customers.list.CustomerListPage;
import com.crewdesk.customers.list.CustomerListQuery;
import com.crewdesk.jobs.Channel;
import com.crewdesk.patch.Patch;
import com.crewdesk.security.ApiCaller;
import com.crewdesk.security.Caller;
import com.crewdesk.web.api.JsonApi;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customers part of the JSON API (SPEC §5, seed 003). Translates HTTP to
 * CustomerService calls and back.
 */
@RestController
@JsonApi
@RequestMapping("/api/v1/customers")
class CustomerApiController {

	private final CustomerService customers;

	private final CustomerListQuery list;

	CustomerApiController(CustomerService customers, CustomerListQuery list) {
		this.customers = customers;
		this.list = list;
	}

	@GetMapping
	Map<String, Object> list(@AuthenticationPrincipal ApiCaller api, @RequestParam Map<String, String> query) {
		CustomerListPage page = list.page(Caller.of(api).companyId(), CustomerApiParameters.filter(query));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("customers", page.rows().stream().map(CustomerRepresentation::of).toList());
		data.put("pagination", Map.of("page", page.page(), "limit", page.limit(), "total", page.total(), "total_pages",
				page.totalPages()));
		return success(data);
	}

	@GetMapping("/{uuid}")
	ResponseEntity<Map<String, Object>> get(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid) {
		return withEtag(customers.get(Caller.of(api), CustomerApiParameters.id(uuid)));
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal ApiCaller api,
			@RequestBody Map<String, Object> body) {
		StoredCustomer customer = customers.create(Caller.of(api), Patch.of(body), Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id()))
			.eTag(customer.etag())
			.body(success(CustomerRepresentation.of(customer)));
	}

	@RequestMapping(path = "/{uuid}", method = { RequestMethod.PUT, RequestMethod.PATCH })
	ResponseEntity<Map<String, Object>> update(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Map<String, Object> body) {
		return withEtag(customers.update(Caller.of(api), CustomerApiParameters.id(uuid), Patch.of(body),
				CustomerApiParameters.expectedVersion(ifMatch), Channel.API));
	}

	@DeleteMapping("/{uuid}")
	ResponseEntity<Map<String, Object>> delete(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(customers.softDelete(Caller.of(api), CustomerApiParameters.id(uuid),
				CustomerApiParameters.expectedVersion(ifMatch), Channel.API));
	}

	@PostMapping("/{uuid}/restore")
	ResponseEntity<Map<String, Object>> restore(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid) {
		return withEtag(customers.restore(Caller.of(api), CustomerApiParameters.id(uuid), Channel.API));
	}

	@GetMapping("/{uuid}/history")
	Map<String, Object> history(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid,
			@RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "50") String limit) {
		int pageNumber = CustomerApiParameters.positive("page", page, Integer.MAX_VALUE);
		int pageSize = CustomerApiParameters.positive("limit", limit, 100);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("history",
				customers.history(Caller.of(api), CustomerApiParameters.id(uuid), pageSize, pageNumber)
					.stream()
					.map(CustomerHistory::toRaw)
					.toList());
		data.put("pagination", Map.of("page", pageNumber, "limit", pageSize));
		return success(data);
	}

	private static ResponseEntity<Map<String, Object>> withEtag(StoredCustomer customer) {
		return ResponseEntity.ok().eTag(customer.etag()).body(success(CustomerRepresentation.of(customer)));
	}

}
