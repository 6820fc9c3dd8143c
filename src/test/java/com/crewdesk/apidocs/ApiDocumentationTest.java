package com.crewdesk.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import org.junit.jupiter.api.Test;

class ApiDocumentationTest {

	@Test
	void aScannedRouteTakesItsDocumentedOperation() {
		OpenAPI scanned = new OpenAPI().paths(
				new Paths().addPathItem("/api/v1/jobs/{uuid}", new PathItem().get(new Operation().operationId("get_1"))
					.patch(new Operation().operationId("update_2"))));
		new ApiDocumentation().customise(scanned);
		PathItem item = scanned.getPaths().get("/api/v1/jobs/{uuid}");
		assertThat(item.getGet().getOperationId()).isEqualTo("getJob");
		assertThat(item.getPatch().getOperationId()).isEqualTo("patchJob");
		assertThat(item.getPut()).as("not mapped, so not documented").isNull();
		assertThat(scanned.getComponents().getSecuritySchemes()).containsKey("apiKey");
	}

	@Test
	void aRouteWithoutDescriptionKeepsItsBareScan() {
		OpenAPI scanned = new OpenAPI().paths(
				new Paths().addPathItem("/api/v1/unknown", new PathItem().get(new Operation().operationId("unknown"))));
		new ApiDocumentation().customise(scanned);
		assertThat(scanned.getPaths().get("/api/v1/unknown").getGet().getSummary()).isNull();
	}

}
