package org.gongkai.operations;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who is an operator: an address in one of the configured networks (IPv4 and IPv6 CIDR
 * blocks or single addresses), or a request with the exact token; a malformed network or
 * a short token stops the node from starting, naming the setting.
 */
class OperatorAccessTests {

	private static final String TOKEN = "0123456789abcdef0123456789abcdef-ops";

	@Test
	void addressesInTheNetworksAreOperatorsAndOthersAreNot() {
		OperatorAccess access = new OperatorAccess(
				new OperationsProperties(List.of("10.0.0.0/8", " 192.168.1.5 ", "::1", "fd00::/8", ""), ""));
		assertThat(access.fromAllowedNetwork("10.20.30.40")).isTrue();
		assertThat(access.fromAllowedNetwork("192.168.1.5")).isTrue();
		assertThat(access.fromAllowedNetwork("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(access.fromAllowedNetwork("fd12:3456::1")).isTrue();
		assertThat(access.fromAllowedNetwork("11.0.0.1")).isFalse();
		assertThat(access.fromAllowedNetwork("192.168.1.6")).isFalse();
		assertThat(access.fromAllowedNetwork("127.0.0.1")).isFalse();
		assertThat(access.fromAllowedNetwork("2001:db8::1")).isFalse();
		assertThat(access.fromAllowedNetwork(null)).isFalse();
		assertThat(access.fromAllowedNetwork("")).isFalse();
	}

	@Test
	void onlyTheExactTokenAsABearerLetsAnyoneIn() {
		OperatorAccess access = new OperatorAccess(new OperationsProperties(List.of(), TOKEN));
		assertThat(access.carriesToken("Bearer " + TOKEN)).isTrue();
		assertThat(access.carriesToken("Bearer " + TOKEN + "x")).isFalse();
		assertThat(access.carriesToken("Bearer " + TOKEN.substring(1))).isFalse();
		assertThat(access.carriesToken("Bearer ")).isFalse();
		assertThat(access.carriesToken("Basic " + TOKEN)).isFalse();
		assertThat(access.carriesToken(TOKEN)).isFalse();
		assertThat(access.carriesToken(null)).isFalse();
	}

	@Test
	void withoutATokenNoBearerLetsAnyoneIn() {
		OperatorAccess access = new OperatorAccess(new OperationsProperties(List.of("127.0.0.1/32"), ""));
		assertThat(access.carriesToken("Bearer ")).isFalse();
		assertThat(access.carriesToken("Bearer x")).isFalse();
	}

	@Test
	void aMalformedNetworkOrAShortTokenStopsTheStart() {
		assertThatThrownBy(() -> new OperatorAccess(new OperationsProperties(List.of("10.0.0.0/33"), "")))
			.hasMessageContaining("gongkai.operations.allowed-networks")
			.hasMessageContaining("10.0.0.0/33");
		assertThatThrownBy(() -> new OperatorAccess(new OperationsProperties(List.of("monitoring.local"), "")))
			.hasMessageContaining("gongkai.operations.allowed-networks");
		assertThatThrownBy(() -> new OperatorAccess(new OperationsProperties(List.of(), "short")))
			.hasMessageContaining("gongkai.operations.token");
	}

}
