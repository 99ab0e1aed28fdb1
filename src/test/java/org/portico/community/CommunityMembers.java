package org.portico.community;

import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;

/**
 * People of a community test: new members (whose first posts wait for review), trusted
 * members, agents, site managers.
 */
public final class CommunityMembers {

    private final CasePeople people;
    private final CommunityContent content;

    public CommunityMembers(Directory directory, CommunityContent content) {
        this.people = new CasePeople(directory);
        this.content = content;
    }

    public PorticoUser newMember(String name) {
        return people.customer(name);
    }

    public PorticoUser trusted(String name) {
        PorticoUser member = people.customer(name);
        content.trust(member.id());
        return member;
    }

    public PorticoUser agent() {
        return people.staff(Role.AGENT);
    }

    public PorticoUser siteManager() {
        return people.staff(Role.SITE_MANAGER);
    }
}
