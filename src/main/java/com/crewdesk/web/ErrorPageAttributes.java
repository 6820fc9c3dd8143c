package com.crewdesk.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds the request's trace id to error pages so a user can quote it; no message or stack
 * trace is exposed.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (request instanceof ServletWebRequest servlet) {
			attributes.put("traceId", TraceIds.of(servlet.getRequest()));
		}
		Object messages = request.getAttribute(ClientErrors.MESSAGES, RequestAttributes.SCOPE_REQUEST);
		if (messages != null) {
			attributes.put("messages", messages);
		}
		else {
			attributes.put("traceId", request.getAttribute("traceId", RequestAttributes.SCOPE_REQUEST));
		}
		return attributes;
	}

}
