package com.crewdesk.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The company's audit log: every administrative action, login, failed login and logout is
 * recorded here, with the source IP of the current request. Entries are only ever added.
 * Other features (login throttling, say) call {@link #record(AuditEntry)} as well.
 */
@Service
public class AuditLog {

	private final AuditStore store;

	AuditLog(AuditStore store) {
		this.store = store;
	}

	/**
	 * Records the entry with the IP address of the request being served (none outside a
	 * request).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		store.insert(entry, currentIp());
	}

	/** Records the entry with a known source address. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry, String sourceIp) {
		store.insert(entry, sourceIp);
	}

	/**
	 * A page of one company's entries (callers check that the reader administers the
	 * company).
	 */
	@Transactional(readOnly = true)
	public AuditPage find(long companyId, AuditFilter filter) {
		return store.find(companyId, filter);
	}

	static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
