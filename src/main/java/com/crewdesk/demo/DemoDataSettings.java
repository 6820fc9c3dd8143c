package com.crewdesk.demo;

import com.crewdesk.database.NoExternalDatabaseCondition;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * crewdesk.demo.enabled defaults to true on the embedded database and to false on any
 * other.
 */
@Component
class DemoDataSettings {

	private final boolean enabled;

	private final int acmeJobs;

	private final int boltJobs;

	private final int acmeCustomers;

	DemoDataSettings(Environment env) {
		String flag = env.getProperty("crewdesk.demo.enabled");
		this.enabled = StringUtils.hasText(flag) ? Boolean.parseBoolean(flag.trim())
				: NoExternalDatabaseCondition.embeddedMode(env);
		this.acmeJobs = env.getProperty("crewdesk.demo.acme-jobs", Integer.class, 5000);
		this.boltJobs = env.getProperty("crewdesk.demo.bolt-jobs", Integer.class, 500);
		this.acmeCustomers = env.getProperty("crewdesk.demo.acme-customers", Integer.class, 300);
	}

	boolean enabled() {
		return enabled;
	}

	int acmeJobs() {
		return acmeJobs;
	}

	int boltJobs() {
		return boltJobs;
	}

	int acmeCustomers() {
		return acmeCustomers;
	}

}
