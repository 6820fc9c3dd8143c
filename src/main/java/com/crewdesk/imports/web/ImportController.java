package com.crewdesk.imports.web;

import com.crewdesk.imports.ErrorsDownload;
import com.crewdesk.imports.ImportInputException;
import com.crewdesk.imports.ImportKind;
import com.crewdesk.imports.ImportMapping;
import com.crewdesk.imports.ImportNotFoundException;
import com.crewdesk.imports.ImportService;
import com.crewdesk.imports.ImportStatus;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /import}: upload a CSV file, map its columns, follow the validation, read the
 * preview and the errors, import, follow the import.
 */
@Controller
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/import")
	String uploadPage(Model model) {
		model.addAttribute("kind", "customers");
		return "imports/upload";
	}

	@PostMapping("/import")
	String upload(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		model.addAttribute("kind", kind);
		ImportKind parsed = ImportKind.of(kind).orElse(null);
		String error = parsed == null ? "Choose customers or jobs"
				: file == null || file.isEmpty() ? "Choose a CSV file" : null;
		if (error == null) {
			try {
				UUID id = imports.upload(Caller.of(user), parsed, file.getOriginalFilename(), file.getBytes());
				return "redirect:/import/" + id;
			}
			catch (ImportInputException ex) {
				error = ex.getMessage();
			}
		}
		model.addAttribute("uploadError", error);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "imports/upload";
	}

	@GetMapping("/import/{id}")
	String page(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String id,
			@RequestParam(required = false) String mapping, Model model) {
		Caller caller = Caller.of(user);
		ImportStatus status = imports.status(caller, uuid(id));
		ImportMapping shown = mapping == null ? status.mapping()
				: imports.mappings(caller, status.kind()).getOrDefault(mapping, status.mapping());
		if (shown.columns().size() != status.headers().size()) {
			shown = status.mapping();
			model.addAttribute("mappingError",
					"The saved mapping '" + mapping + "' has " + "a different number of columns than this file");
		}
		model.addAttribute("mapping", shown);
		model.addAttribute("targets", imports.targets(caller, status.kind()));
		model.addAttribute("savedMappings", imports.mappings(caller, status.kind()).keySet());
		return detail(caller, status, model);
	}

	@GetMapping("/import/{id}/progress")
	String progress(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String id, Model model,
			HttpServletResponse response) {
		ImportStatus status = imports.status(Caller.of(user), uuid(id));
		if (!status.running()) {
			// The state changed: htmx reloads the whole page, which shows the result.
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("status", status);
		return "imports/import :: progress";
	}

	@PostMapping("/import/{id}/validate")
	String validate(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String id, HttpServletRequest request,
			@RequestParam(required = false) String saveAs, @RequestParam(defaultValue = "false") boolean createMissing,
			Model model) {
		Caller caller = Caller.of(user);
		UUID importId = uuid(id);
		ImportMapping mapping = new ImportMapping(values(request, "column"), values(request, "match"), createMissing);
		try {
			imports.validate(caller, importId, mapping, saveAs);
			return "redirect:/import/" + importId;
		}
		catch (ImportInputException ex) {
			ImportStatus status = imports.status(caller, importId);
			model.addAttribute("mapping",
					mapping.columns().size() == status.headers().size() ? mapping : status.mapping());
			model.addAttribute("targets", imports.targets(caller, status.kind()));
			model.addAttribute("savedMappings", imports.mappings(caller, status.kind()).keySet());
			model.addAttribute("mappingError", ex.getMessage());
			return detail(caller, status, model);
		}
	}

	@PostMapping("/import/{id}/start")
	String start(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean validOnly, Model model) {
		Caller caller = Caller.of(user);
		UUID importId = uuid(id);
		try {
			imports.start(caller, importId, validOnly);
			return "redirect:/import/" + importId;
		}
		catch (ImportInputException ex) {
			model.addAttribute("startError", ex.getMessage());
			return detail(caller, imports.status(caller, importId), model);
		}
	}

	@GetMapping("/import/{id}/errors.csv")
	void errors(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String id, HttpServletResponse response)
			throws IOException {
		ErrorsDownload.send(imports, Caller.of(user), uuid(id), response);
	}

	@ExceptionHandler(ImportNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private String detail(Caller caller, ImportStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("errors", imports.errors(caller, status.id(), 100));
		model.addAttribute("matches", ImportMapping.MATCHES);
		return "imports/import";
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : Arrays.asList(values);
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
