package com.crewdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CrewdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrewdeskApplication.class, args);
	}

}
