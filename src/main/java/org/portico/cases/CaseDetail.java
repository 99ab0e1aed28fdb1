package org.portico.cases;

import java.util.List;

/**
 * A case with the messages its reader may see, oldest first.
 */
public record CaseDetail(CaseView supportCase, List<CaseMessage> messages) {
}
