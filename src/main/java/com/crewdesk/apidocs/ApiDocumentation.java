package com.crewdesk.apidocs;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Completes springdoc's scan of the controllers with the hand-written description in
 * {@code apidocs/api-v1.yaml}: for every mapped route (path and method) the documented
 * operation replaces the generated one, and the components (schemas, the Bearer scheme,
 * problem+json answers) come from that file. The controllers bind maps (a patch is
 * absent/null/value per field, which no Java type expresses), so keeping the description
 * beside them rather than in annotations on them loses nothing, and a route that is
 * mapped but not described keeps a bare generated entry that {@code OpenApiDocumentIT}
 * refuses.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

	static final String SOURCE = "apidocs/api-v1.yaml";

	private final OpenAPI described = load();

	@Override
	public void customise(OpenAPI openApi) {
		openApi.setInfo(described.getInfo());
		openApi.setServers(described.getServers());
		openApi.setSecurity(described.getSecurity());
		openApi.setTags(described.getTags());
		openApi.setComponents(described.getComponents());
		Paths paths = new Paths();
		openApi.getPaths().forEach((path, scanned) -> paths.addPathItem(path, describe(path, scanned)));
		openApi.setPaths(paths);
	}

	private PathItem describe(String path, PathItem scanned) {
		PathItem documented = described.getPaths() == null ? null : described.getPaths().get(path);
		if (documented == null) {
			return scanned;
		}
		PathItem merged = new PathItem().parameters(documented.getParameters()).summary(documented.getSummary());
		Map<PathItem.HttpMethod, Operation> documentedOperations = documented.readOperationsMap();
		scanned.readOperationsMap()
			.forEach((method, operation) -> merged.operation(method,
					documentedOperations.getOrDefault(method, operation)));
		return merged;
	}

	private static OpenAPI load() {
		try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
			return Yaml31.mapper().readValue(in, OpenAPI.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + SOURCE, ex);
		}
	}

}
