/**
 * Web infrastructure every module's controllers use: JSON errors, error pages, form
 * errors.
 */
@org.springframework.modulith.NamedInterface("web")
package org.gongkai.platform.web;
