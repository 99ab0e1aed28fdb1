package org.portico.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What demo customers write and what agents answer, per topic, in English and Chinese.
 */
final class DemoTexts {

    static final List<String> TOPICS = List.of("budgets", "bills", "taxes", "deductions",
            "sales-tax", "payroll", "bookkeeping", "account");

    record Text(String subject, String description, String reply) {
    }

    private static final Map<String, List<Text>> ENGLISH = Map.of(
            "budgets", List.of(
                    new Text("Budget shows the wrong amount left for groceries",
                            "My grocery budget says I have 40 left but I only spent half of it "
                                    + "this month. Did a transfer get counted as spending?",
                            "A transfer between your own accounts was categorised as groceries. "
                                    + "I have recategorised it; the budget now shows the right "
                                    + "amount."),
                    new Text("How do I carry unspent money into next month?",
                            "I saved on eating out in March. Can the leftover roll into April?",
                            "Yes: open the category, choose Settings and turn on Roll over. "
                                    + "Unspent money then moves to the next month."),
                    new Text("Can my partner see our household budget?",
                            "We want to plan together. Is there a way to share one budget?",
                            "Invite your partner from Budget > Sharing. They get their own "
                                    + "sign-in and see the same budget.")),
            "bills", List.of(
                    new Text("Reminder came after the bill was due",
                            "The electricity reminder arrived the day after the due date.",
                            "Reminders were set to the due date itself. I changed yours to "
                                    + "three days before; you can adjust it per bill."),
                    new Text("Recurring bill appears twice",
                            "My phone bill shows up twice every month since I edited it.",
                            "Editing created a second series. I removed the duplicate; future "
                                    + "months show one bill."),
                    new Text("Bank import does not mark bills as paid",
                            "I import my statement weekly but bills stay unpaid.",
                            "Matching needs the amount to be within 1 % of the bill. I adjusted "
                                    + "the tolerance on your rent bill; it now matches.")),
            "taxes", List.of(
                    new Text("Where is my refund?",
                            "I filed five weeks ago and the status still says submitted.",
                            "Your return was accepted; refunds usually follow within six "
                                    + "weeks. You can follow it under Taxes > Refund status."),
                    new Text("Can I get an extension to file?",
                            "I am missing a document and the deadline is close.",
                            "You can request an extension from Taxes > Deadlines. It extends "
                                    + "the time to file, not the time to pay."),
                    new Text("I need to fix a return I already filed",
                            "I forgot a freelance invoice on last year's return.",
                            "Open the filed return and choose Amend. Tallybird copies it so you "
                                    + "only add the missing income.")),
            "deductions", List.of(
                    new Text("Can I deduct my home office?",
                            "I work from home three days a week. Does that qualify?",
                            "It depends on your local rules; the deduction guide asks the "
                                    + "qualifying questions and works out the amount."),
                    new Text("Standard or itemised deduction?",
                            "Which one gives me more this year?",
                            "Tallybird compares both once your expenses are entered and picks "
                                    + "the larger; see the Deductions summary."),
                    new Text("Charity receipts are not accepted",
                            "I uploaded my donation receipts but the total is still zero.",
                            "The receipts were saved as drafts. I confirmed them; the total now "
                                    + "appears in your deductions."),
                    new Text("Medical expenses threshold",
                            "Why are my medical costs not reducing my tax?",
                            "Only costs above a share of your income count. The worksheet shows "
                                    + "how far you are from the threshold.")),
            "sales-tax", List.of(
                    new Text("Sales tax rate wrong for a new location",
                            "Orders shipped to our new store show last year's rate.",
                            "The location was set to a neighbouring district. I corrected it; "
                                    + "new orders use the right rate."),
                    new Text("Filing the quarterly sales tax return",
                            "The wizard stops at the review step with an error.",
                            "One exempt customer had no certificate on file. After adding it the "
                                    + "wizard completes the return."),
                    new Text("Register in another state",
                            "We now sell online to another state. Do we need to register?",
                            "Once you pass that state's threshold, yes. The Sales Tax Wizard "
                                    + "tracks thresholds and tells you when to register.")),
            "payroll", List.of(
                    new Text("Year-end tax forms for employees",
                            "When can I send the annual forms to my staff?",
                            "They are ready after the last pay run of the year; approve them "
                                    + "under Payroll > Tax forms and staff receive them by email."),
                    new Text("Add a new employee mid-month",
                            "A new hire starts on the 15th. How is the first pay worked out?",
                            "Enter the start date; Tallybird prorates the first pay run "
                                    + "automatically."),
                    new Text("Need more payroll seats",
                            "We hired two people and the seats are full.",
                            "Add seats from Account > Plan > Payroll seats; they are billed "
                                    + "from the next statement.")),
            "bookkeeping", List.of(
                    new Text("Bank reconciliation is off by a small amount",
                            "Reconciling March leaves a difference of 12.50.",
                            "A bank fee was not recorded. I added it; the reconciliation now "
                                    + "balances."),
                    new Text("Invoice numbering restarted",
                            "Our invoices started again at 1 after the plan change.",
                            "The numbering prefix was reset with the plan. I restored the "
                                    + "sequence; the next invoice continues from yours."),
                    new Text("How do I close the month?",
                            "Our accountant wants March locked.",
                            "Use Books > Close period; entries before the date are then locked "
                                    + "unless an admin reopens the period.")),
            "account", List.of(
                    new Text("Cannot sign in after changing my email",
                            "The password reset mail goes to my old address.",
                            "I updated the sign-in address on your account; the reset link now "
                                    + "goes to the new address."),
                    new Text("Turn on two-step sign-in",
                            "How do I protect my account with a code on my phone?",
                            "Open Settings > Security > Two-step sign-in and scan the code with "
                                    + "an authenticator app."),
                    new Text("Export all my data",
                            "I want a copy of everything before the end of the year.",
                            "Settings > Data > Export creates a ZIP of CSV files; you receive a "
                                    + "link when it is ready.")));

    private static final Map<String, List<Text>> CHINESE = Map.of(
            "budgets", List.of(new Text("预算显示的剩余金额不对",
                    "我的日用品预算显示只剩 40，但这个月我只花了一半。",
                    "一笔您自己账户之间的转账被归入了日用品。我已重新分类，预算现在显示正确的金额。")),
            "bills", List.of(new Text("账单提醒在到期后才收到",
                    "电费提醒在到期日的第二天才到。",
                    "提醒原先设置在到期当天。我已改为提前三天，您也可以为每个账单单独调整。")),
            "taxes", List.of(new Text("我的退税什么时候到账？",
                    "我五周前已申报，状态仍显示为“已提交”。",
                    "您的申报已被受理，退税通常在六周内到账。您可以在“税务 > 退税状态”中跟踪。")),
            "deductions", List.of(new Text("居家办公可以抵扣吗？",
                    "我每周在家工作三天，符合条件吗？",
                    "这取决于当地规定；抵扣向导会逐项询问条件并计算金额。")),
            "account", List.of(new Text("更改邮箱后无法登录",
                    "重置密码的邮件发到了我的旧邮箱。",
                    "我已更新您账户的登录邮箱，重置链接现在会发送到新地址。")));

    private DemoTexts() {
    }

    static Text pick(String topic, boolean chinese, Random random) {
        List<Text> texts = chinese && CHINESE.containsKey(topic) ? CHINESE.get(topic)
                : ENGLISH.get(topic);
        return texts.get(random.nextInt(texts.size()));
    }
}
