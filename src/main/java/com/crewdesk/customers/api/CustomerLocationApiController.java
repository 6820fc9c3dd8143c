package com.crewdesk.customers.api;

import static com.crewdesk.web.api.ApiResponses.success;

import com.crewdesk.customers.CustomerLocations;
import com.crewdesk.customers.CustomerLocations.CustomerLocation;
import com.crewdesk.patch.Patch;
import com.crewdesk.security.ApiCaller;
import com.crewdesk.security.Caller;
import com.crewdesk.web.api.JsonApi;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's service locations in the JSON API: list, add, edit (incl.
 * {@code active: false} to deactivate).
 */
@RestController
@JsonApi
@RequestMapping("/api/v1/customers/{uuid}/locations")
class CustomerLocationApiController {

	private final CustomerLocations locations;

	CustomerLocationApiController(CustomerLocations locations) {
		this.locations = locations;
	}

	@GetMapping
	Map<String, Object> list(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid) {
		return success(Map.of("locations",
				locations.list(Caller.of(api), CustomerApiParameters.id(uuid))
					.stream()
					.map(CustomerLocation::toRaw)
					.toList()));
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> add(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid,
			@RequestBody Map<String, Object> body) {
		CustomerLocation location = locations.add(Caller.of(api), CustomerApiParameters.id(uuid), Patch.of(body));
		return ResponseEntity.created(URI.create("/api/v1/customers/" + uuid + "/locations/" + location.id()))
			.body(success(location.toRaw()));
	}

	@RequestMapping(path = "/{id}", method = { RequestMethod.PATCH, RequestMethod.PUT })
	Map<String, Object> edit(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid, @PathVariable String id,
			@RequestBody Map<String, Object> body) {
		return success(locations
			.edit(Caller.of(api), CustomerApiParameters.id(uuid), CustomerApiParameters.id(id), Patch.of(body))
			.toRaw());
	}

}
