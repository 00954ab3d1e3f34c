package org.gongkai.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's identity shown in every page's footer, set per installation
 * ({@code gongkai.site.*}); a setting left empty is not shown.
 *
 * @param organizer the body running the site (主办单位)
 * @param contact how to reach it (联系方式), e.g. a phone number and an address
 * @param siteCode the government website identification code (网站标识码)
 * @param icp the ICP filing number (ICP备案号), linked to the MIIT filing system
 * @param publicSecurity the public-security filing number (公安机关备案号), linked to the MPS
 * filing system
 */
@ConfigurationProperties("gongkai.site")
public record SiteProperties(String organizer, String contact, String siteCode, String icp, String publicSecurity) {

	/** The number of the public-security filing (its digits), for the link to it. */
	public String publicSecurityDigits() {
		return (this.publicSecurity != null) ? this.publicSecurity.replaceAll("[^0-9]", "") : "";
	}

	/** Whether any identity setting is given. */
	public boolean any() {
		return present(this.organizer) || present(this.contact) || present(this.siteCode) || present(this.icp)
				|| present(this.publicSecurity);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
