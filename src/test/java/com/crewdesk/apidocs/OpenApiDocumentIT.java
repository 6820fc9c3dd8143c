package com.crewdesk.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document against the code: it matches the checked-in copy (so an API change
 * shows up in review), and every mapped /api/v1 route is in it with its parameters. After
 * a deliberate change, refresh the copy with {@code -Dcrewdesk.openapi.write=true}.
 */
@CrewdeskIntegrationTest
class OpenApiDocumentIT {

	static final Path CHECKED_IN = Path.of("src/test/resources/openapi/api-v1.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentIsPublicOpenApi31WithTheBearerScheme() {
		JsonNode document = document();
		assertThat(document.get("openapi").asString()).startsWith("3.1");
		assertThat(document.at("/components/securitySchemes/apiKey/scheme").asString()).isEqualTo("bearer");
		assertThat(document.at("/components/schemas/Problem/properties/traceId").isMissingNode()).isFalse();
		assertThat(document.at("/components/schemas/JobPatch/description").asString()).contains("absent", "null");
	}

	@Test
	void theDocumentMatchesTheCheckedInCopy() throws IOException {
		String live = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document()) + "\n";
		if (Boolean.getBoolean("crewdesk.openapi.write")) {
			Files.writeString(CHECKED_IN, live);
		}
		assertThat(Files.exists(CHECKED_IN)).as(CHECKED_IN + " exists (write it with -Dcrewdesk.openapi.write=true)")
			.isTrue();
		assertThat(JSON.readTree(live))
			.as("The live OpenAPI document differs from %s: review the API change and refresh the copy with "
					+ "-Dcrewdesk.openapi.write=true", CHECKED_IN)
			.isEqualTo(JSON.readTree(Files.readString(CHECKED_IN)));
	}

	@Test
	void everyMappedApiRouteIsDocumentedWithItsParameters() {
		JsonNode document = document();
		JsonNode paths = document.get("paths");
		List<String> problems = new ArrayList<>();
		int routes = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			for (String path : mapping.getKey().getPatternValues()) {
				if (!path.startsWith("/api/v1/") && !path.equals("/api/v1")
						|| path.startsWith("/api/v1/openapi.json")) {
					continue;
				}
				for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
					routes++;
					JsonNode operation = paths.path(path).path(method.name().toLowerCase());
					if (operation.isMissingNode() || !operation.has("summary")) {
						problems.add(method + " " + path + " is not documented");
						continue;
					}
					Set<String> documented = parameterNames(document, paths.path(path), operation);
					for (String expected : parameterNames(mapping.getValue())) {
						if (!documented.contains(expected)) {
							problems.add(method + " " + path + " lacks parameter " + expected);
						}
					}
				}
			}
		}
		assertThat(routes).isGreaterThanOrEqualTo(10);
		assertThat(problems).isEmpty();
	}

	@Test
	void theUiIsServedLocallyUnderAPolicyRelaxedForStylesOnly() {
		WebSession browser = new WebSession(port);
		HttpResponse<String> entry = browser.get("/api/docs");
		String location = entry.headers().firstValue("Location").orElse("/api/docs");
		HttpResponse<String> page = browser.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui").doesNotContain("src=\"http", "href=\"http");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'");
		HttpResponse<String> initializer = browser.get("/api/swagger-ui/swagger-initializer.js");
		assertThat(initializer.statusCode()).isEqualTo(200);
		assertThat(new WebSession(port).get("/api/v1/openapi.json/swagger-config", Map.of("Accept", "application/json"))
			.body()).contains("/api/v1/openapi.json");
		assertThat(new WebSession(port).get("/login").headers().firstValue("Content-Security-Policy").orElseThrow())
			.doesNotContain("unsafe-inline");
	}

	private JsonNode document() {
		HttpResponse<String> response = new WebSession(port).get("/api/v1/openapi.json",
				Map.of("Accept", "application/json"));
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static Set<String> parameterNames(JsonNode document, JsonNode pathItem, JsonNode operation) {
		Set<String> names = new HashSet<>();
		for (JsonNode parameters : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
			for (JsonNode parameter : parameters) {
				JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asString().substring(1))
						: parameter;
				names.add(resolved.path("name").asString(""));
			}
		}
		return names;
	}

	/**
	 * Path variables, request parameters and headers the handler binds by name (a
	 * whole-map binding names none).
	 */
	private static List<String> parameterNames(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (Map.class.isAssignableFrom(parameter.getParameterType())) {
				continue;
			}
			PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
			String declared = path != null ? path.name()
					: param != null ? param.name() : header != null ? header.name() : null;
			if (path == null && param == null && header == null) {
				continue;
			}
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			names.add(declared == null || declared.isEmpty() ? parameter.getParameterName() : declared);
		}
		return names;
	}

}
