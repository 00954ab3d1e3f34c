package org.gongkai.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ObjectStore;
import org.gongkai.platform.StorageProperties;
import org.gongkai.platform.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The files in an S3-compatible bucket, one object per key named
 * {@code uploads/ab/cd/<sha256>} (the same tree as under the data directory, so a node's
 * files are moved into the bucket by copying the directory {@code uploads} into it).
 * Every node of a cluster reads and writes the same bucket.
 * <p>
 * The AWS SDK's synchronous client, with short connection time-outs so that a request
 * meets an outage in a few seconds: a failure to connect, a time-out, a refusal (wrong
 * credentials, no such bucket) or a 5xx of the server is a
 * {@link StorageUnavailableException}, a missing object a {@link NotFoundException}.
 * Checksums are computed only where S3 requires them: several S3-compatible servers do
 * not understand the SDK's default trailing checksums.
 */
public class S3ObjectStore implements ObjectStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3ObjectStore.class);

	private static final String PREFIX = "uploads/";

	/** The error code of a missing bucket: a wrong setting, not a missing object. */
	private static final String NO_SUCH_BUCKET = "NoSuchBucket";

	private final S3Client client;

	private final String bucket;

	public S3ObjectStore(S3Client client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	/**
	 * A store on a new client for the configured bucket.
	 * @throws IllegalStateException if no bucket is configured
	 */
	public static S3ObjectStore of(StorageProperties.S3 settings) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("gongkai.storage.type=s3 needs gongkai.storage.s3.bucket");
		}
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(Apache5HttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(2))
				.connectionAcquisitionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(30)));
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		return new S3ObjectStore(builder.build(), settings.bucket());
	}

	@Override
	public void put(String key, Path file) {
		String name = objectName(key);
		if (exists(key)) {
			return;
		}
		try {
			this.client.putObject((request) -> request.bucket(this.bucket).key(name), RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw unavailable("store " + name, ex);
		}
	}

	@Override
	public InputStream get(String key) {
		String name = objectName(key);
		try {
			ResponseInputStream<GetObjectResponse> in = this.client
				.getObject((request) -> request.bucket(this.bucket).key(name));
			return new ObjectStream(in, name);
		}
		catch (NoSuchKeyException ex) {
			throw new NotFoundException("Object " + name);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404 && !NO_SUCH_BUCKET.equals(errorCode(ex))) {
				throw new NotFoundException("Object " + name);
			}
			throw unavailable("read " + name, ex);
		}
		catch (SdkException ex) {
			throw unavailable("read " + name, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		String name = objectName(key);
		try {
			this.client.headObject((request) -> request.bucket(this.bucket).key(name));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw unavailable("look up " + name, ex);
		}
		catch (SdkException ex) {
			throw unavailable("look up " + name, ex);
		}
	}

	@Override
	public void delete(String key) {
		String name = objectName(key);
		try {
			this.client.deleteObject((request) -> request.bucket(this.bucket).key(name));
		}
		catch (SdkException ex) {
			throw unavailable("delete " + name, ex);
		}
	}

	/** The object's name in the bucket: {@code uploads/ab/cd/<sha256>}. */
	static String objectName(String key) {
		ObjectStore.checkedKey(key);
		return PREFIX + key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key;
	}

	@Override
	public void close() {
		this.client.close();
	}

	@Override
	public String toString() {
		return "bucket " + this.bucket;
	}

	private StorageUnavailableException unavailable(String what, SdkException ex) {
		log.warn("Object store (bucket {}) could not {}: {}", this.bucket, what, ex.toString());
		return new StorageUnavailableException("Object store could not " + what, ex);
	}

	/**
	 * An object's content: the SDK's errors while it is read become {@link IOException}s,
	 * as a stream's reader expects.
	 */
	private static final class ObjectStream extends FilterInputStream {

		private final String name;

		ObjectStream(InputStream in, String name) {
			super(in);
			this.name = name;
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (SdkException ex) {
				throw new IOException("Reading " + this.name + " failed", ex);
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			}
			catch (SdkException ex) {
				throw new IOException("Reading " + this.name + " failed", ex);
			}
		}

	}

	private static String errorCode(S3Exception ex) {
		return (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorCode() : null;
	}

	private static AwsCredentialsProvider credentials(StorageProperties.S3 settings) {
		if (settings.accessKey() == null || settings.accessKey().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
	}

}
