package org.gongkai.request;

/** How the applicant wants to receive the answer (Regulations art. 29). */
public enum Delivery {

	PICK_UP, POST, ONLINE

}
