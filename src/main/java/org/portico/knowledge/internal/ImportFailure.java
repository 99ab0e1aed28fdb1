package org.portico.knowledge.internal;

/**
 * One imported file that could not be imported; the message says why, for the person running
 * the import.
 */
class ImportFailure extends RuntimeException {

    ImportFailure(String reason) {
        super(reason);
    }
}
