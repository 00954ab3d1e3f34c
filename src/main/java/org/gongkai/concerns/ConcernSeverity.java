package org.gongkai.concerns;

/**
 * How serious a concern is; it sets the hours the response is due in
 * ({@link ConcernsProperties.Hours}).
 */
public enum ConcernSeverity {

	/** 一般: by practice within five days. */
	ORDINARY,
	/** 重大: within 48 hours (国办发〔2016〕61号). */
	MAJOR,
	/** 重大突发: within 24 hours (国办发〔2016〕61号). */
	MAJOR_EMERGENCY

}
