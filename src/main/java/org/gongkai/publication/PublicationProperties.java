package org.gongkai.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Publication settings ({@code gongkai.publication.*}).
 *
 * @param maxAttachmentSize the largest attachment accepted (default 20MB; keep
 * {@code spring.servlet.multipart.max-file-size} a little above it so the clerk gets the
 * form's message rather than the error page)
 * @param maxAttachments how many files one item may carry (default 20)
 */
@ConfigurationProperties("gongkai.publication")
public record PublicationProperties(@DefaultValue("20MB") DataSize maxAttachmentSize,
		@DefaultValue("20") int maxAttachments) {

}
