package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Gongkai, the government information disclosure platform. Each direct sub-package is a
 * Spring Modulith module; {@code platform} is shared by all of them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
public class GongkaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(GongkaiApplication.class, args);
	}

}
