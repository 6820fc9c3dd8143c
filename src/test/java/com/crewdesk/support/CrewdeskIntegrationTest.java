package com.crewdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port over a real (embedded) PostgreSQL with the demo
 * data. Every integration and browser test uses exactly this configuration, so Spring
 * starts it once per run. Tests must not depend on demo rows they change: they create
 * their own rows where they write. Test threads see every company's rows
 * ({@link AcrossCompaniesOnTestThreads}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(AcrossCompaniesOnTestThreads.class)
public @interface CrewdeskIntegrationTest {

}
