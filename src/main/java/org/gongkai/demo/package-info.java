/**
 * The demo county, loaded on first start with {@code --gongkai.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.gongkai.demo;
