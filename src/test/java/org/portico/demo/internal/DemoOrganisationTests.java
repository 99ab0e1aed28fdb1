package org.portico.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.portico.identity.Role;
import org.portico.knowledge.NewArticle;

class DemoOrganisationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final DemoPeople people = new DemoPeople(DemoOrganisation.SEED, TODAY);
    private final List<DemoCase> history =
            new DemoCaseHistory(DemoOrganisation.SEED, TODAY, people.people()).generate();

    @Test
    void generatesTheSameOrganisationForTheSameSeed() {
        DemoPeople again = new DemoPeople(DemoOrganisation.SEED, TODAY);
        assertThat(again.people()).isEqualTo(people.people());
        assertThat(new DemoCaseHistory(DemoOrganisation.SEED, TODAY, again.people()).generate())
                .isEqualTo(history);
    }

    @Test
    void hasHundredsOfIndividualsAndFiftyBusinessesWithUniqueEmails() {
        long individuals = people.accounts().stream().filter(a -> a.kind().equals("PERSON")).count();
        long businesses = people.accounts().stream().filter(a -> a.kind().equals("BUSINESS")).count();
        Set<String> emails = people.people().stream().map(DemoPerson::email)
                .collect(Collectors.toSet());

        assertThat(individuals).isBetween(300L, 400L);
        assertThat(businesses).isEqualTo(50);
        assertThat(emails).hasSize(people.people().size())
                .contains("customer@example.com", "business-admin@example.com",
                        "business-member@example.com");
    }

    @Test
    void spreadsCustomerSinceOverSixYears() {
        List<LocalDate> since = people.accounts().stream().map(DemoAccount::customerSince).toList();

        assertThat(since).allMatch(d -> !d.isBefore(TODAY.minusYears(6)) && d.isBefore(TODAY));
        assertThat(since.stream().map(LocalDate::getYear).distinct().count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void coversTwoYearsOfCases() {
        assertThat(history).hasSizeBetween(2000, 4000);
        assertThat(history.get(0).openedAt()).isBefore(TODAY.minusDays(700)
                .atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void deductionQuestionsRiseBeforeTheTaxDeadline() {
        long beforeDeadline = countTopicBetween("deductions", LocalDate.of(2026, Month.MARCH, 1),
                LocalDate.of(2026, Month.APRIL, 14));
        long lateSummer = countTopicBetween("deductions", LocalDate.of(2026, Month.JULY, 15),
                LocalDate.of(2026, Month.AUGUST, 28));

        assertThat(beforeDeadline).isGreaterThan(3 * lateSummer);
    }

    @Test
    void givesBusinessTopicsOnlyToBusinessContacts() {
        assertThat(history).filteredOn(c -> c.topic().equals("sales-tax"))
                .allMatch(c -> people.people().get(c.person()).role() != Role.CUSTOMER);
    }

    @Test
    void readsEveryDemoArticleInBothLanguages() {
        List<NewArticle> articles = DemoArticles.load();
        Set<String> english = slugs(articles, "en");

        assertThat(english).hasSizeGreaterThanOrEqualTo(40);
        assertThat(slugs(articles, "zh")).isEqualTo(english);
        assertThat(articles).allMatch(a -> !a.title().isBlank() && !a.markdown().isBlank());
        assertThat(articles).filteredOn(a -> a.topic().equals("payroll"))
                .allMatch(a -> a.site().equals("business"));
    }

    private long countTopicBetween(String topic, LocalDate from, LocalDate to) {
        return history.stream()
                .filter(c -> c.topic().equals(topic))
                .map(c -> c.openedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .count();
    }

    private static Set<String> slugs(List<NewArticle> articles, String language) {
        return articles.stream().filter(a -> a.language().equals(language))
                .map(NewArticle::slug).collect(Collectors.toSet());
    }
}
