package org.portico.demo.internal;

import java.util.List;

import org.portico.community.CommunityContent;
import org.portico.identity.Directory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few questions and answers in English and Chinese on the help site, some solved, one with
 * an official answer and one still waiting, so that a visitor sees a living community.
 */
@Component
@Order(60)
class DemoCommunity implements DemoContribution {

    private final CommunityContent community;
    private final Directory directory;

    DemoCommunity(CommunityContent community, Directory directory) {
        this.community = community;
        this.directory = directory;
    }

    @Override
    public void load(DemoContext demo) {
        List<Long> members = List.of(user("customer@example.com"), user("person1@example.com"),
                user("person2@example.com"), user("person3@example.com"),
                user("person4@example.com"), user("person5@example.com"));
        members.forEach(community::trust);
        long agent = demo.agentIds().get(0);
        rollOver(members);
        bankImport(members);
        mileage(members, agent);
        chinese(members);
        community.ask(members.get(5), "help", "Can two people edit the same budget at once?",
                "My partner and I both changed the groceries line and one change vanished.",
                "budgets");
    }

    private void rollOver(List<Long> m) {
        long q = community.ask(m.get(0), "help", "Does unspent money roll over to next month?",
                "I set *Groceries* to $400 and spent $350. Where do the other $50 go?",
                "budgets");
        long a = community.answer(m.get(1), q, "Only if **Roll over** is switched on for the "
                + "category: open the category, then *Settings → Roll over unspent money*.");
        community.answer(m.get(2), q, "Same question here; the setting fixed it for me.");
        community.vote(m.get(2), a, 1);
        community.vote(m.get(3), a, 1);
        community.accept(m.get(0), a);
    }

    private void bankImport(List<Long> m) {
        long q = community.ask(m.get(1), "help", "Bank import shows every transaction twice",
                "After connecting my credit union, each purchase appears two times.", "bills");
        long a = community.answer(m.get(3), q, """
                This happens when the same account is connected twice (once by file import, \
                once by the bank feed). Remove the older connection under \
                *Settings → Bank connections*; the duplicates disappear within an hour.""");
        community.vote(m.get(0), a, 1);
        community.vote(m.get(2), q, 1);
        community.accept(m.get(1), a);
    }

    private void mileage(List<Long> m, long agent) {
        long q = community.ask(m.get(2), "help", "Which car trips count for the mileage deduction?",
                "I drive to clients twice a week. Does the commute from home count?",
                "deductions");
        community.answer(m.get(4), q, "I think client visits count but the commute does not.");
        long official = community.answer(agent, q, """
                Trips from your regular workplace to a client count; the daily commute from \
                home to your regular workplace does not. Keep a log with date, purpose and \
                miles — Tallybird's *Mileage* page does this for you.""");
        community.vote(m.get(2), official, 1);
        community.accept(m.get(2), official);
    }

    private void chinese(List<Long> m) {
        long q = community.ask(m.get(3), "help", "退税什么时候能到账？",
                "我三月份提交了报税表，到现在还没有收到退税，正常吗？", "taxes");
        long a = community.answer(m.get(4), q,
                "一般电子申报后三周左右到账。可以在 Tallybird 的“退税状态”页面查看进度。");
        community.vote(m.get(3), a, 1);
        community.accept(m.get(3), a);
        long budget = community.ask(m.get(4), "help", "怎样和家人共享预算？",
                "我想让配偶也能看到我们的家庭预算，应该怎么设置？", "budgets");
        community.answer(m.get(5), budget,
                "在“预算 → 共享”里输入对方的邮箱即可，对方可以查看和编辑。");
    }

    private long user(String email) {
        return directory.userIdByEmail(email)
                .orElseThrow(() -> new IllegalStateException("demo user " + email + " missing"));
    }
}
