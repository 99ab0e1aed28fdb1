package org.portico.cases;

import java.time.Instant;

/**
 * An agent filed a case under another topic (one of {@link Topics#KEYS}).
 */
public record CaseTopicChanged(String number, String topic, String previousTopic,
        long byUserId, Instant at) {
}
