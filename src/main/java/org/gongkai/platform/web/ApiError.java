package org.gongkai.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every API error: the HTTP status, a message in Chinese for people, a
 * stable code for programs, and the offending field where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String code, String field) {

}
