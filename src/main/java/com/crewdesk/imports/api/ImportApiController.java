package com.crewdesk.imports.api;

import static com.crewdesk.web.api.ApiResponses.success;

import com.crewdesk.imports.ImportForbiddenException;
import com.crewdesk.imports.ErrorsDownload;
import com.crewdesk.imports.ImportInputException;
import com.crewdesk.imports.ImportKind;
import com.crewdesk.imports.ImportMapping;
import com.crewdesk.imports.ImportNotFoundException;
import com.crewdesk.imports.ImportService;
import com.crewdesk.imports.ImportStatus;
import com.crewdesk.security.ApiCaller;
import com.crewdesk.security.Caller;
import com.crewdesk.web.api.ApiRequestException;
import com.crewdesk.web.api.ApiResponses;
import com.crewdesk.web.api.JsonApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/imports} (multipart: {@code kind}, {@code file} and an optional
 * {@code mapping} JSON) checks every row and, when no row has an error (or
 * {@code valid_only} is true), imports them, in the background: 202 with the status.
 * {@code GET /api/v1/imports/{id}} reads the state, counts and first errors;
 * {@code GET …/errors.csv} the rows with errors.
 */
@JsonApi
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private static final int FIRST_ERRORS = 100;

	private final ImportService imports;

	private final JsonMapper json;

	ImportApiController(ImportService imports, JsonMapper json) {
		this.imports = imports;
		this.json = json;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal ApiCaller api,
			MultipartHttpServletRequest upload) throws IOException {
		Caller caller = Caller.of(api);
		String kind = upload.getParameter("kind");
		MultipartFile file = upload.getFile("file");
		String mapping = upload.getParameter("mapping");
		ImportKind parsed = ImportKind.of(kind == null ? "" : kind)
			.orElseThrow(() -> new ApiRequestException("kind", "must be customers or jobs"));
		if (file == null || file.isEmpty()) {
			throw new ApiRequestException("file", "must be a non-empty CSV file");
		}
		MappingRequest request = MappingRequest.parse(mapping, json);
		UUID id = imports.upload(caller, parsed, file.getOriginalFilename(), file.getBytes());
		ImportStatus uploaded = imports.status(caller, id);
		imports.validateAndImport(caller, id, request.toMapping(uploaded), request.validOnly());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.body(success(status(caller, imports.status(caller, id))));
	}

	@GetMapping("/{id}")
	Map<String, Object> read(@AuthenticationPrincipal ApiCaller api, @PathVariable String id) {
		Caller caller = Caller.of(api);
		return success(status(caller, imports.status(caller, uuid(id))));
	}

	@GetMapping(value = "/{id}/errors.csv")
	void errors(@AuthenticationPrincipal ApiCaller api, @PathVariable String id, HttpServletResponse response)
			throws IOException {
		ErrorsDownload.send(imports, Caller.of(api), uuid(id), response);
	}

	@ExceptionHandler(ImportInputException.class)
	ResponseEntity<Map<String, Object>> refused(ImportInputException ex, HttpServletRequest request) {
		return ApiResponses.problem(request, ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
				ex.getMessage(), Map.of(ex.field(), List.of(ex.getMessage())));
	}

	@ExceptionHandler(ImportNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.NOT_FOUND, "Import not found", null);
	}

	@ExceptionHandler(ImportForbiddenException.class)
	ResponseEntity<Map<String, Object>> forbidden(ImportForbiddenException ex, HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.FORBIDDEN, ex.getMessage(), null);
	}

	private Map<String, Object> status(Caller caller, ImportStatus status) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", status.id());
		data.put("kind", status.kind().code());
		data.put("file_name", status.fileName());
		data.put("encoding", status.encoding());
		data.put("delimiter", status.layout().delimiterName());
		data.put("state", status.state());
		data.put("total", status.total());
		data.put("done", status.done());
		data.put("new", status.newRows());
		data.put("updated", status.updatedRows());
		data.put("unchanged", status.unchangedRows());
		data.put("errors", status.errorRows());
		data.put("summary", status.summary());
		List<Map<String, Object>> first = new ArrayList<>();
		imports.errors(caller, status.id(), FIRST_ERRORS).forEach(problem -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("row", problem.row());
			error.put("column", problem.column());
			error.put("message", problem.message());
			first.add(error);
		});
		data.put("first_errors", first);
		data.put("errors_csv", "/api/v1/imports/" + status.id() + "/errors.csv");
		data.put("created_at", status.createdAt().toString());
		data.put("finished_at", status.finishedAt() == null ? null : status.finishedAt().toString());
		return data;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiRequestException(HttpStatus.NOT_FOUND, "Import not found", null);
		}
	}

	/**
	 * The {@code mapping} part: {"columns": {header: field}, "customer_match": [...],
	 * "create_missing_customers": bool, "valid_only": bool}; without it the fields are
	 * guessed from the headers.
	 */
	record MappingRequest(Map<String, String> columns, List<String> customerMatch, boolean createMissing,
			boolean validOnly) {

		static MappingRequest parse(String mapping, JsonMapper json) {
			if (mapping == null || mapping.isBlank()) {
				return new MappingRequest(null, null, false, false);
			}
			Map<?, ?> raw;
			try {
				raw = json.readValue(mapping, Map.class);
			}
			catch (JacksonException ex) {
				throw new ApiRequestException("mapping", "must be a JSON object");
			}
			Map<String, String> columns = null;
			if (raw.get("columns") instanceof Map<?, ?> given) {
				columns = new LinkedHashMap<>();
				for (Map.Entry<?, ?> entry : given.entrySet()) {
					if (!(entry.getValue() == null || entry.getValue() instanceof String)) {
						throw new ApiRequestException("mapping.columns", "must map each header to a field name");
					}
					columns.put(String.valueOf(entry.getKey()), (String) entry.getValue());
				}
			}
			else if (raw.get("columns") != null) {
				throw new ApiRequestException("mapping.columns", "must be an object of header → field");
			}
			List<String> match = raw.get("customer_match") instanceof List<?> list
					? list.stream().map(String::valueOf).toList() : null;
			return new MappingRequest(columns, match, Boolean.TRUE.equals(raw.get("create_missing_customers")),
					Boolean.TRUE.equals(raw.get("valid_only")));
		}

		ImportMapping toMapping(ImportStatus uploaded) {
			ImportMapping guessed = uploaded.mapping();
			List<String> targets = new ArrayList<>();
			for (int i = 0; i < uploaded.headers().size(); i++) {
				String header = uploaded.headers().get(i);
				targets.add(columns == null ? guessed.columns().get(i)
						: columns.getOrDefault(header, "") == null ? "" : columns.getOrDefault(header, ""));
			}
			if (columns != null) {
				columns.keySet()
					.stream()
					.filter(header -> !uploaded.headers().contains(header))
					.findFirst()
					.ifPresent(header -> {
						throw new ApiRequestException("mapping.columns",
								"'" + header + "' is not a column of the file");
					});
			}
			return new ImportMapping(targets, customerMatch, createMissing);
		}
	}

}
