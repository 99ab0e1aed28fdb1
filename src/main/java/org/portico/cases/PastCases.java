package org.portico.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A customer account's earlier cases, newest first, for the agent's "customer at a glance".
 */
public record PastCases(List<CaseView> cases) {

    public int total() {
        return cases.size();
    }

    public long open() {
        return cases.stream().filter(c -> c.status().isOpen()).count();
    }

    /** How many cases each topic had, most frequent first. */
    public Map<String, Long> byTopic() {
        Map<String, Long> counts = cases.stream()
                .collect(Collectors.groupingBy(CaseView::topic, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** The most frequent topic, if any. */
    public Optional<String> mainTopic() {
        return byTopic().keySet().stream().findFirst();
    }

    public long countAbout(String topic) {
        return cases.stream().filter(c -> c.topic().equals(topic)).count();
    }
}
