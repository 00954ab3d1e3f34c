package org.gongkai.platform.storage;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.ObjectStore;
import org.gongkai.platform.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link ObjectStore} bean, as {@code gongkai.storage.type} says: the data
 * directory's {@code uploads} (default) or an S3-compatible bucket.
 */
@Configuration(proxyBeanMethods = false)
class ObjectStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ObjectStoreConfiguration.class);

	@Bean
	ObjectStore objectStore(StorageProperties storage, GongkaiProperties platform) {
		ObjectStore store = switch (storage.type()) {
			case LOCAL -> new LocalDiskObjectStore(platform.dataDir().resolve("uploads"));
			case S3 -> S3ObjectStore.of(storage.s3());
		};
		log.info("Stored files: {}", store);
		return store;
	}

}
