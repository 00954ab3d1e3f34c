package org.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the test database (in-memory H2, or PostgreSQL in CI's second
 * run), with MockMvc through the real security filters, and the real server on a random
 * port ({@code @LocalServerPort}) for the tests that need what only Tomcat does
 * (decoding, error forwarding, a browser). Every test class with this annotation shares
 * one context, so tests make their own uniquely named data; a class that adds its own
 * configuration or properties starts a context of its own, and should have a reason to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface GongkaiTest {

}
