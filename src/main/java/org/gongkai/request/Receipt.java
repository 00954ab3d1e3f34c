package org.gongkai.request;

/**
 * What an applicant gets once the application is stored: the tracking number and the
 * query code. The code is shown this once; only its hash is kept.
 */
public record Receipt(String trackingNo, String queryCode) {

}
