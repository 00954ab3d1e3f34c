/**
 * The public site's shell: home page, layout, agency pages. Reads other modules, nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.gongkai.portal;
