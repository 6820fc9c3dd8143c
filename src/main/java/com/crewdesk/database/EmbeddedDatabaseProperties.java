package com.crewdesk.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files; an empty data-dir means a throw-away
 * directory.
 */
@ConfigurationProperties("crewdesk.embedded")
record EmbeddedDatabaseProperties(String dataDir, int port) {
}
