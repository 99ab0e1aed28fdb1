package org.portico.surveys;

import java.util.List;

/**
 * NPS surveys of the past were recorded at once (the demo's history): those sent and those of
 * them answered, for read models to count in one go.
 */
public record PastNpsSurveysImported(List<NpsSurveySent> sent, List<NpsAnswered> answered) {
}
