package org.portico.demo.internal;

import java.util.List;
import java.util.Random;

import org.portico.identity.AccountProfile;
import org.portico.identity.BusinessAccounts;
import org.portico.identity.CompanyDetails;
import org.portico.identity.Directory;
import org.portico.identity.PostalAddress;
import org.portico.identity.Role;
import org.portico.identity.TaxId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every demo business account addresses in its country, a tax identifier and its
 * administrator as billing contact, and makes the demo business administrator also a member
 * of the second business account, so that switching accounts can be shown.
 */
@Component
@Order(10)
class DemoAccounts implements DemoContribution {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final List<Place> US = List.of(
            new Place("Portland", "OR", "97205"), new Place("Austin", "TX", "78701"),
            new Place("Denver", "CO", "80202"), new Place("Columbus", "OH", "43215"),
            new Place("Raleigh", "NC", "27601"), new Place("Madison", "WI", "53703"));
    private static final List<Place> CN = List.of(
            new Place("上海市", "上海", "200001"), new Place("杭州市", "浙江省", "310006"),
            new Place("深圳市", "广东省", "518000"), new Place("成都市", "四川省", "610041"));
    private static final List<String> US_STREETS =
            List.of("Harbor Lane", "Maple Avenue", "Market Street", "Oak Boulevard", "Pine Road");
    private static final List<String> CN_STREETS =
            List.of("南京东路", "延安西路", "人民路", "中山路", "解放路");

    private final BusinessAccounts accounts;
    private final Directory directory;

    DemoAccounts(BusinessAccounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    private record Place(String city, String region, String postalCode) {
    }

    @Override
    public void load(DemoContext demo) {
        Random random = new Random(demo.seed() + 10);
        for (long accountId : demo.businessAccountIds()) {
            AccountProfile account = directory.account(accountId).orElseThrow();
            List<Long> contacts = demo.contactsByAccount().getOrDefault(accountId, List.of());
            boolean china = "CN".equals(account.country());
            PostalAddress billing = address(random, china);
            PostalAddress shipping = random.nextInt(3) == 0 ? address(random, china) : billing;
            TaxId taxId = china ? new TaxId("CN_USCC", uscc(random))
                    : new TaxId("US_EIN", ein(random));
            accounts.update(accountId, new CompanyDetails(account.name(), billing, shipping,
                    contacts.isEmpty() ? null : contacts.get(0), List.of(taxId)), null);
        }
        List<Long> businesses = demo.businessAccountIds();
        if (businesses.size() > 1) {
            long demoAdmin = demo.contactsByAccount().get(businesses.get(0)).get(0);
            accounts.addMembership(demoAdmin, businesses.get(1), Role.BUSINESS_MEMBER);
        }
    }

    private static PostalAddress address(Random random, boolean china) {
        int number = 1 + random.nextInt(899);
        if (china) {
            Place place = CN.get(random.nextInt(CN.size()));
            String street = CN_STREETS.get(random.nextInt(CN_STREETS.size())) + number + "号";
            return new PostalAddress(street, null, place.city(), place.region(),
                    place.postalCode(), "CN");
        }
        Place place = US.get(random.nextInt(US.size()));
        String street = number + " " + US_STREETS.get(random.nextInt(US_STREETS.size()));
        String suite = random.nextBoolean() ? "Suite " + (100 + random.nextInt(400)) : null;
        return new PostalAddress(street, suite, place.city(), place.region(), place.postalCode(),
                "US");
    }

    private static String ein(Random random) {
        return String.format("%02d-%07d", 10 + random.nextInt(89), random.nextInt(10_000_000));
    }

    private static String uscc(Random random) {
        StringBuilder code = new StringBuilder("91");
        while (code.length() < 18) {
            code.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
        }
        return code.toString();
    }
}
