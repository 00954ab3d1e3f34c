package org.gongkai.operations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the operators' endpoints ({@code gongkai.operations.*}): metrics
 * ({@code /actuator/prometheus}), health details and every other Actuator endpoint.
 * {@code /actuator/health} and its {@code liveness} and {@code readiness} groups answer
 * anyone, without details.
 *
 * @param allowedNetworks client addresses allowed without a token, as CIDR blocks or
 * single addresses (default the loopback addresses {@code 127.0.0.1/32} and {@code ::1});
 * the client address is the one Tomcat gives, i.e. the forwarded one behind a trusted
 * proxy ({@code server.tomcat.remoteip.internal-proxies})
 * @param token a bearer token that lets any address in
 * ({@code Authorization: Bearer <token>}, compared in constant time); empty (the default)
 * for none; at least {@value OperatorAccess#MIN_TOKEN} characters
 */
@ConfigurationProperties("gongkai.operations")
public record OperationsProperties(@DefaultValue( {
		"127.0.0.1/32", "::1" }) List<String> allowedNetworks, @DefaultValue("") String token){

}
