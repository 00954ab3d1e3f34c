package org.gongkai.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where stored files live ({@code gongkai.storage.*}, see {@link ObjectStore}).
 *
 * @param type {@code local} (default: under the data directory of this node) or
 * {@code s3} (an S3-compatible bucket shared by every node)
 * @param s3 the bucket, read only when {@code type} is {@code s3}
 */
@ConfigurationProperties("gongkai.storage")
public record StorageProperties(@DefaultValue("local") Type type, @DefaultValue S3 s3) {

	/** The kinds of store. */
	public enum Type {

		/** Files on this node's disk, under {@code <data-dir>/uploads}. */
		LOCAL,

		/** Objects in an S3-compatible bucket. */
		S3

	}

	/**
	 * An S3-compatible bucket.
	 *
	 * @param bucket the bucket's name (it must exist)
	 * @param endpoint the server's address, such as {@code http://127.0.0.1:9000}; none
	 * for Amazon S3 itself
	 * @param region the region the requests are signed for (default {@code us-east-1},
	 * which most S3-compatible servers accept)
	 * @param accessKey the access key; none takes the AWS SDK's default credentials
	 * (environment, profile, instance role)
	 * @param secretKey the secret key (from the environment, never in a file in the
	 * repository)
	 * @param pathStyle whether the bucket goes in the path
	 * ({@code http://host/bucket/key}, as most S3-compatible servers want; default)
	 * rather than in the host name
	 */
	public record S3(String bucket, URI endpoint, @DefaultValue("us-east-1") String region, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle) {

		@Override
		public String toString() {
			return "S3[bucket=" + this.bucket + ", endpoint=" + this.endpoint + ", region=" + this.region
					+ ", pathStyle=" + this.pathStyle + "]";
		}

	}

}
