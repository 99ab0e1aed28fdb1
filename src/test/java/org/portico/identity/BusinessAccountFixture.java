package org.portico.identity;

import org.portico.cases.CasePeople;

/**
 * A business account with an administrator and a member, created through the real directory.
 */
record BusinessAccountFixture(long accountId, PorticoUser admin, PorticoUser member) {

    static BusinessAccountFixture create(Directory directory, String name) {
        CasePeople people = new CasePeople(directory);
        long account = people.businessAccount(name);
        return new BusinessAccountFixture(account,
                people.user(name + " Admin", Role.BUSINESS_ADMIN, account),
                people.user(name + " Member", Role.BUSINESS_MEMBER, account));
    }
}
