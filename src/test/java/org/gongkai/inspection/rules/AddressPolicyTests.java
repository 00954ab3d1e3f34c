package org.gongkai.inspection.rules;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The external link check's address rules in plain Java: which addresses are public (each
 * refused range at its edges, with the public neighbours on either side), the numeric
 * host forms the C library reads, and the one exception a test may add.
 */
class AddressPolicyTests {

	@Test
	void refusedIPv4RangesAreRefusedToTheirEdgesAndTheirNeighboursArePublic() throws Exception {
		List<String> refused = List.of("0.0.0.0", "0.255.255.255", "10.0.0.0", "10.255.255.255", "100.64.0.0",
				"100.127.255.255", "127.0.0.1", "127.255.255.255", "169.254.0.0", "169.254.169.254", "169.254.255.255",
				"172.16.0.0", "172.31.255.255", "192.0.0.1", "192.0.2.1", "192.88.99.1", "192.168.0.0",
				"192.168.255.255", "198.18.0.0", "198.19.255.255", "198.51.100.1", "203.0.113.1", "224.0.0.1",
				"239.255.255.255", "240.0.0.1", "255.255.255.255");
		for (String address : refused) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
		List<String> open = List.of("1.0.0.1", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
				"126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0",
				"192.0.1.1", "192.0.3.1", "192.1.0.1", "192.88.98.1", "192.88.100.1", "192.167.255.255", "192.169.0.0",
				"198.17.255.255", "198.20.0.0", "198.51.99.1", "198.51.101.1", "198.52.100.1", "203.0.112.1",
				"203.0.114.1", "203.1.113.1", "202.96.134.133", "223.255.255.255", "8.8.8.8", "101.64.0.1",
				"170.254.0.1", "193.168.0.1", "199.18.0.1", "204.0.113.1", "193.0.2.1", "193.88.99.1", "192.89.99.1",
				"173.16.0.1", "197.51.100.1");
		for (String address : open) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void onlyGlobalUnicastIPv6IsPublic() throws Exception {
		List<String> refused = List.of("::", "::1", "fc00::1", "fdff::1", "fe80::1", "febf::1", "fec0::1", "ff02::1",
				"64:ff9b::7f00:1", "::7f00:1", "2001:0:4136:e378::1", "2001:db8::1", "2002:7f00:1::1", "2002:a00:1::1",
				"1fff::1", "4000::1");
		for (String address : refused) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
		List<String> open = List.of("2400:3200::1", "2001:4860:4860::8888", "2001:1::1", "2001:db9::1", "2001:db7::1",
				"2002:808:808::1", "3fff::1", "2003::1", "2000::1");
		for (String address : open) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void numericHostsAreReadInEveryFormTheCLibraryReads() throws Exception {
		assertThat(AddressPolicy.numericHost("2130706433")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("0177.0.0.1")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("0x7f.0.0.1")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("0x7f.1")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("127.1")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("10.1.257")).contains(InetAddress.getByName("10.1.1.1"));
		assertThat(AddressPolicy.numericHost("10.65537")).contains(InetAddress.getByName("10.1.0.1"));
		assertThat(AddressPolicy.numericHost("8.8.8.8.")).contains(InetAddress.getByName("8.8.8.8"));
		assertThat(AddressPolicy.numericHost(" 8.8.8.8 ")).contains(InetAddress.getByName("8.8.8.8"));
		assertThat(AddressPolicy.numericHost("0")).contains(InetAddress.getByName("0.0.0.0"));
		assertThat(AddressPolicy.numericHost("4294967295")).contains(InetAddress.getByName("255.255.255.255"));
		assertThat(AddressPolicy.numericHost("[::1]")).contains(InetAddress.getByName("::1"));
		assertThat(AddressPolicy.numericHost("FE80::1%eth0")).contains(InetAddress.getByName("fe80::1"));
		assertThat(AddressPolicy.numericHost("::ffff:127.0.0.1")).contains(InetAddress.getByName("127.0.0.1"));
		assertThat(AddressPolicy.numericHost("163.com")).isEmpty();
		assertThat(AddressPolicy.numericHost("www.gov.cn")).isEmpty();
		assertThat(AddressPolicy.numericHost("1.2.3.com")).isEmpty();
		for (String bad : List.of("4294967296", "256.1.1.1", "1.256.1.1", "1.1.256.1", "1.1.1.256", "1.2.16777216",
				"1.65536.1", "1.2.3.4.5", "0x", "09", "1234567890123", "[::g]", "::zz!")) {
			assertThatThrownBy(() -> AddressPolicy.numericHost(bad)).as(bad)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void onlyTheExactAddressAndPortATestAddsAreAllowed() throws Exception {
		InetAddress loopback = InetAddress.getByName("127.0.0.1");
		InetAddress open = InetAddress.getByName("8.8.8.8");
		AddressPolicy policy = AddressPolicy.publicOnly();
		assertThat(policy.allows(loopback, 8080)).isFalse();
		assertThat(policy.allows(open, 443)).isTrue();
		AddressPolicy widened = policy.allowing(loopback, 8080);
		assertThat(widened.allows(loopback, 8080)).isTrue();
		assertThat(widened.allows(loopback, 8081)).isFalse();
		assertThat(widened.allows(InetAddress.getByName("127.0.0.2"), 8080)).isFalse();
		assertThat(widened.allows(open, 443)).isTrue();
		assertThat(policy.allows(loopback, 8080)).as("the platform's policy is unchanged").isFalse();
		assertThat(widened.allowing(InetAddress.getByName("10.0.0.1"), 80).allows(loopback, 8080)).isTrue();
	}

	@Test
	void aSiteIsUnavailableFromFivePercentOfTwentyProbes() {
		assertThat(Availability.unavailable(19, 19)).as("too few probes").isFalse();
		assertThat(Availability.unavailable(20, 0)).isFalse();
		assertThat(Availability.unavailable(20, 1)).as("exactly 5 %").isTrue();
		assertThat(Availability.unavailable(21, 1)).as("under 5 %").isFalse();
		assertThat(Availability.unavailable(40, 2)).isTrue();
		assertThat(Availability.unavailable(41, 2)).isFalse();
		assertThat(Availability.unavailable(100, 5)).isTrue();
		assertThat(Availability.unavailable(100, 4)).isFalse();
	}

	@Test
	void externalLinksAreTheHttpAndHttpsHrefsOnceEachInOrder() {
		assertThat(ExternalLinks.in(null)).isEmpty();
		assertThat(ExternalLinks.in("")).isEmpty();
		String html = "<p><a href=\"https://www.gov.cn/a?x=1&amp;y=2\">甲</a> <a HREF = 'HTTP://Example.cn/b'>乙</a>"
				+ "<a href=\"mailto:x@y.cn\">信</a><a href=\"tel:12345\">电</a><a href=\"javascript:alert(1)\">坏</a>"
				+ "<a href=\"/agencies/1/publications/2\">内</a><a href=\" https://www.gov.cn/a?x=1&amp;y=2 \">重复</a>"
				+ "<a href=\"ftp://files.cn/c\">文件</a><a href=\"http://b.cn/\">丙</a></p>";
		assertThat(ExternalLinks.in(html)).containsExactly("https://www.gov.cn/a?x=1&y=2", "HTTP://Example.cn/b",
				"http://b.cn/");
		assertThat(ExternalLinks.in("<a href=\"https://" + "a".repeat(2100) + "\">长</a>")).isEmpty();
	}

}
