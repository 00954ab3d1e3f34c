/**
 * What the operators of a node watch, and who may watch it: the Actuator endpoints'
 * access ({@link org.gongkai.operations.OperationsProperties}: health is public without
 * details; metrics, the other endpoints and health details only from the operators'
 * networks or with the operators' bearer token, anything else answered 404). The figures
 * themselves are each module's own: a module registers its meters with Micrometer's
 * {@code MeterRegistry} (a library, not a module), named {@code gongkai.*}, which
 * {@code /actuator/prometheus} exposes as {@code gongkai_*}. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = {})
package org.gongkai.operations;
