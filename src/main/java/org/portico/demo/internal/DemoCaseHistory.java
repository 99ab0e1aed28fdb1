package org.portico.demo.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portico.identity.Role;

/**
 * Generates two years of cases whose topics follow the seasons of a tax year: deduction and
 * tax questions climb before the mid-April deadline, budgets in January, sales tax around each
 * quarter's filing weeks, payroll forms at the turn of the year.
 */
final class DemoCaseHistory {

    static final int DAYS = 730;
    static final int AGENTS = 5;

    /** The help site's video on deductions, published during the latest tax season. */
    static final String DEDUCTION_VIDEO = "video-find-every-deduction";

    /** After the video, this share of the seasonal deduction questions still becomes a case. */
    private static final double AFTER_VIDEO = 0.3;

    private static final List<String> INDIVIDUAL_TOPICS =
            List.of("budgets", "bills", "taxes", "deductions", "account");
    private static final List<String> BUSINESS_TOPICS =
            List.of("sales-tax", "payroll", "bookkeeping", "account");

    private final Random random;
    private final LocalDate reference;
    private final LocalDate videoPublished;
    private final List<DemoPerson> people;
    private final List<Integer> individuals = new ArrayList<>();
    private final List<Integer> contacts = new ArrayList<>();

    DemoCaseHistory(long seed, LocalDate reference, List<DemoPerson> people) {
        this.random = new Random(seed);
        this.reference = reference;
        this.videoPublished = videoPublished(reference);
        this.people = people;
        for (int i = 0; i < people.size(); i++) {
            (people.get(i).role() == Role.CUSTOMER ? individuals : contacts).add(i);
        }
    }

    List<DemoCase> generate() {
        List<DemoCase> cases = new ArrayList<>();
        for (int day = DAYS; day >= 1; day--) {
            LocalDate date = reference.minusDays(day);
            for (String topic : DemoTexts.TOPICS) {
                int count = draw(perDay(topic, date, videoPublished));
                for (int n = 0; n < count; n++) {
                    cases.add(newCase(topic, date, pickRequester(topic)));
                }
            }
        }
        cases.addAll(storyCases());
        cases.sort((a, b) -> a.openedAt().compareTo(b.openedAt()));
        return cases;
    }

    /** The demo customer and the demo business account each have a short history of their own. */
    private List<DemoCase> storyCases() {
        int business = contacts.get(0);
        return List.of(
                newCase("deductions", reference.minusDays(400), 0),
                newCase("taxes", reference.minusDays(250), 0),
                newCase("deductions", reference.minusDays(40), 0),
                newCase("sales-tax", reference.minusDays(120), business),
                newCase("sales-tax", reference.minusDays(60), business),
                newCase("payroll", reference.minusDays(5), business),
                newCase("sales-tax", reference.minusDays(2), business + 1));
    }

    private DemoCase newCase(String topic, LocalDate date, int person) {
        boolean chinese = people.get(person).locale().startsWith("zh");
        DemoTexts.Text text = DemoTexts.pick(topic, chinese, random);
        var opened = date.atStartOfDay().toInstant(ZoneOffset.UTC)
                .plus(Duration.ofMinutes(7 * 60 + random.nextInt(12 * 60)));
        long ageDays = reference.toEpochDay() - date.toEpochDay();
        boolean solved = ageDays > 10 ? random.nextInt(100) < 98 : random.nextInt(100) < 45;
        boolean answered = solved || random.nextInt(100) < 50;
        var solvedAt = solved ? opened.plus(Duration.ofMinutes(90 + random.nextInt(72 * 60)))
                : null;
        return new DemoCase(person, text.subject(), text.description(), topic, origin(),
                priority(), opened, solvedAt, answered ? text.reply() : null,
                random.nextInt(AGENTS));
    }

    private int pickRequester(String topic) {
        boolean business = BUSINESS_TOPICS.contains(topic)
                && (!topic.equals("account") || random.nextBoolean());
        List<Integer> pool = business ? contacts : individuals;
        return pool.get(random.nextInt(pool.size()));
    }

    /**
     * When the deduction video was published: four weeks before the tax deadline of the latest
     * season that ended at least two months before {@code reference}.
     */
    static LocalDate videoPublished(LocalDate reference) {
        LocalDate settled = reference.minusDays(60);
        LocalDate thisYear = LocalDate.of(settled.getYear(), Month.MARCH, 18);
        return thisYear.isAfter(settled) ? thisYear.minusYears(1) : thisYear;
    }

    /** Expected cases per day for a topic on a date. */
    static double perDay(String topic, LocalDate date, LocalDate videoPublished) {
        double video = date.isBefore(videoPublished) ? 1.0 : AFTER_VIDEO;
        Month month = date.getMonth();
        int day = date.getDayOfMonth();
        double weekday = date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? 0.4
                : 1.15;
        double seasonal = switch (topic) {
            case "deductions" -> beforeTaxDeadline(date) * 2.4 * video + 0.25;
            case "taxes" -> beforeTaxDeadline(date) * 1.6 + 0.45;
            case "budgets" -> month == Month.JANUARY ? 1.4 : month == Month.SEPTEMBER ? 0.7 : 0.45;
            case "bills" -> 0.6;
            case "account" -> 0.45;
            case "sales-tax" -> isQuarterFilingWindow(month, day) ? 1.5 : 0.3;
            case "payroll" -> month == Month.JANUARY ? 1.2 : month == Month.DECEMBER ? 0.7 : 0.35;
            case "bookkeeping" -> day >= 26 || day <= 3 ? 0.7 : 0.35;
            default -> 0.3;
        };
        return seasonal * weekday * (INDIVIDUAL_TOPICS.contains(topic) ? 1.0 : 0.8);
    }

    /** Rises from February to a peak in the first half of April, then falls away. */
    private static double beforeTaxDeadline(LocalDate date) {
        int dayOfYear = date.getDayOfYear();
        int deadline = LocalDate.of(date.getYear(), Month.APRIL, 15).getDayOfYear();
        int distance = deadline - dayOfYear;
        if (distance < -7 || distance > 75) {
            return 0;
        }
        return distance < 0 ? 0.3 : 1.0 - distance / 80.0;
    }

    private static boolean isQuarterFilingWindow(Month month, int day) {
        boolean filingMonth = month == Month.JANUARY || month == Month.APRIL
                || month == Month.JULY || month == Month.OCTOBER;
        return filingMonth && day >= 10 && day <= 31;
    }

    private int draw(double expected) {
        int whole = (int) expected;
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }

    private String origin() {
        int r = random.nextInt(100);
        return r < 55 ? "WEB" : r < 80 ? "EMAIL" : r < 92 ? "PHONE" : "CHAT";
    }

    private String priority() {
        int r = random.nextInt(100);
        return r < 10 ? "LOW" : r < 80 ? "NORMAL" : r < 95 ? "HIGH" : "URGENT";
    }
}
