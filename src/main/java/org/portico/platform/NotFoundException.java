package org.portico.platform;

/**
 * Something that does not exist, or that the current user may not know exists: answered
 * with 404 in pages and in the API alike.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
