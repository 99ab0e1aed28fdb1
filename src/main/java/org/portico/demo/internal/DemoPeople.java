package org.portico.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.portico.identity.Role;

/**
 * Generates the demo customers: individuals and business accounts with their contacts, the
 * same ones for the same seed. Customer-since dates spread over the six years before the
 * reference date.
 */
final class DemoPeople {

    static final int INDIVIDUALS = 320;
    static final int BUSINESSES = 50;

    private static final String[] FIRST = {"Amelia", "Noah", "Olivia", "Liam", "Maya", "Ethan",
        "Zoe", "Lucas", "Isla", "Mateo", "Hannah", "Omar", "Priya", "Daniel", "Chloe", "Samuel",
        "Leah", "Tomás", "Grace", "Arjun", "Nora", "Felix", "Ruby", "Hugo", "Ines", "Kofi"};
    private static final String[] LAST = {"Walker", "Chen", "Okafor", "Silva", "Novak",
        "Fischer", "Haddad", "Murphy", "Tanaka", "Rossi", "Kowalski", "Nguyen", "Bennett",
        "Lindqvist", "Mensah", "Duarte", "Park", "Oyelaran", "Moreau", "Schmidt"};
    private static final String[] CHINESE_SURNAME = {"王", "李", "张", "刘", "陈", "杨", "黄",
        "赵", "周", "吴"};
    private static final String[] CHINESE_GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋",
        "艳", "勇", "杰", "婷", "涛", "明", "超", "秀英"};
    private static final String[] COMPANY_FIRST = {"Harbor Lane", "Blue Fern", "Copper Kettle",
        "Northgate", "Maple & Finch", "Riverstone", "Brightwell", "Juniper", "Oakfield",
        "Silver Birch", "Lantern", "Greenway", "Summit", "Old Mill", "Cedar Point", "Kestrel",
        "Orchard Row", "Tidewater", "Redwood", "Quayside", "Fieldhouse", "Morningside",
        "Ironbridge", "Willow Creek", "Starling"};
    private static final String[] COMPANY_TRADE = {"Bakery", "Design Studio", "Plumbing",
        "Bookshop", "Dental Care", "Coffee Roasters", "Landscaping", "Physiotherapy", "Print Co.",
        "Bicycles", "Catering", "Architects", "Veterinary Clinic", "Florist", "Joinery"};
    private static final String[] ZONES = {"America/New_York", "America/Chicago",
        "America/Los_Angeles", "Europe/London", "Asia/Shanghai"};

    private final Random random;
    private final LocalDate reference;
    private final List<DemoAccount> accounts = new ArrayList<>();
    private final List<DemoPerson> people = new ArrayList<>();

    DemoPeople(long seed, LocalDate reference) {
        this.random = new Random(seed);
        this.reference = reference;
        generate();
    }

    List<DemoAccount> accounts() {
        return accounts;
    }

    List<DemoPerson> people() {
        return people;
    }

    private void generate() {
        addIndividual("customer@example.com", "Casey Morgan", "en", reference.minusYears(3));
        for (int i = 1; i < INDIVIDUALS; i++) {
            boolean chinese = random.nextInt(5) == 0;
            String name = chinese ? chineseName() : westernName();
            String email = "person" + i + "@example.com";
            addIndividual(email, name, chinese ? "zh-CN" : "en", since());
        }
        for (int b = 0; b < BUSINESSES; b++) {
            addBusiness(b);
        }
    }

    private void addIndividual(String email, String name, String locale, LocalDate since) {
        accounts.add(new DemoAccount(name, "PERSON", since, "USD", "US"));
        people.add(new DemoPerson(email, name, Role.CUSTOMER, accounts.size() - 1, locale,
                locale.startsWith("zh") ? "Asia/Shanghai" : zone()));
    }

    private void addBusiness(int index) {
        String company = COMPANY_FIRST[index % COMPANY_FIRST.length] + " "
                + COMPANY_TRADE[(index * 7 + index / COMPANY_FIRST.length) % COMPANY_TRADE.length];
        boolean chinese = index % 10 == 5;
        accounts.add(new DemoAccount(company, "BUSINESS", index == 0
                ? reference.minusYears(4).minusMonths(2) : since(), chinese ? "CNY" : "USD",
                chinese ? "CN" : "US"));
        int account = accounts.size() - 1;
        String domain = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
        int contacts = 2 + random.nextInt(3);
        for (int c = 0; c < contacts; c++) {
            String name = chinese ? chineseName() : westernName();
            String email = index == 0 && c == 0 ? "business-admin@example.com"
                    : index == 0 && c == 1 ? "business-member@example.com"
                    : "contact" + c + "@" + domain;
            people.add(new DemoPerson(email, name, c == 0 ? Role.BUSINESS_ADMIN
                    : Role.BUSINESS_MEMBER, account, chinese ? "zh-CN" : "en",
                    chinese ? "Asia/Shanghai" : zone()));
        }
    }

    private LocalDate since() {
        return reference.minusDays(30 + random.nextInt(6 * 365 - 30));
    }

    private String westernName() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private String chineseName() {
        return CHINESE_SURNAME[random.nextInt(CHINESE_SURNAME.length)]
                + CHINESE_GIVEN[random.nextInt(CHINESE_GIVEN.length)];
    }

    private String zone() {
        return ZONES[random.nextInt(ZONES.length - 1)];
    }
}
