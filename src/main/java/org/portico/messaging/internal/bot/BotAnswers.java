package org.portico.messaging.internal.bot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.OrderSummary;
import org.portico.commerce.Orders;
import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.messaging.BotRequest;
import org.portico.messaging.BotTurn;
import org.portico.messaging.BotTurn.Action;
import org.portico.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The bot's answer once it knows the intent: a fixed text, or a look-up for the signed-in
 * customer (their own open cases, their account's orders).
 */
@Component
class BotAnswers {

    private static final int LISTED = 3;
    private static final Pattern ORDER_NUMBER =
            Pattern.compile("\\bSO-\\d{6}\\b", Pattern.CASE_INSENSITIVE);

    private final MessageSource messages;
    private final Cases cases;
    private final Orders orders;
    private final Directory directory;
    private final UserDetailsService users;

    BotAnswers(MessageSource messages, Cases cases, Orders orders, Directory directory,
            UserDetailsService users) {
        this.messages = messages;
        this.cases = cases;
        this.orders = orders;
        this.directory = directory;
        this.users = users;
    }

    BotTurn answer(BotIntent intent, double confidence, BotRequest request) {
        Reply reply = switch (intent.task()) {
            case GREETING -> fixed(intent, request, "bot.answer.greeting");
            case HAND_OVER -> new Reply(text(request, "bot.answer.handOver"), Action.HAND_OVER);
            case CASE_STATUS -> caseStatus(request);
            case OPEN_CASE -> new Reply(text(request, "bot.answer.openCase"), Action.OPEN_CASE,
                    text(request, "bot.link.openCase"), sitePath(request, "/cases/new"));
            case RESET_PASSWORD -> new Reply(text(request, "bot.answer.resetPassword"),
                    Action.CONTINUE, text(request, "bot.link.resetPassword"),
                    sitePath(request, "/password/forgot"));
            case ORDER_STATUS -> orderStatus(request);
            case ANSWER -> fixed(intent, request, "bot.answer.none");
        };
        return new BotTurn(intent.name(), confidence, reply.text(), reply.linkTitle(),
                reply.linkUrl(), reply.action());
    }

    private record Reply(String text, Action action, String linkTitle, String linkUrl) {

        Reply(String text, Action action) {
            this(text, action, null, null);
        }
    }

    private Reply fixed(BotIntent intent, BotRequest request, String fallbackKey) {
        String answer = intent.answer(locale(request));
        return new Reply(answer == null ? text(request, fallbackKey) : answer, Action.CONTINUE);
    }

    private Reply caseStatus(BotRequest request) {
        Optional<PorticoUser> customer = customer(request);
        if (customer.isEmpty()) {
            return signIn(request, "bot.answer.signInForCases");
        }
        long userId = customer.get().id();
        List<CaseView> own = cases.openCasesOf(customer.get(), request.site(), 20).stream()
                .filter(view -> view.requesterUserId() == userId).limit(LISTED).toList();
        String casesUrl = sitePath(request, "/cases");
        String linkTitle = text(request, "bot.link.cases");
        if (own.isEmpty()) {
            return new Reply(text(request, "bot.answer.noOpenCases"), Action.CONTINUE,
                    linkTitle, casesUrl);
        }
        String lines = own.stream().map(view -> text(request, "bot.answer.caseLine",
                        view.number(), view.subject(),
                        text(request, "cases.status." + view.status().name())))
                .collect(Collectors.joining("\n"));
        String url = own.size() == 1 ? casesUrl + "/" + own.get(0).number() : casesUrl;
        return new Reply(text(request, "bot.answer.openCases", own.size()) + "\n" + lines,
                Action.CONTINUE, linkTitle, url);
    }

    private Reply orderStatus(BotRequest request) {
        Optional<PorticoUser> contact = customer(request);
        if (contact.isEmpty()) {
            return signIn(request, "bot.answer.signInForOrders");
        }
        Role role = contact.get().role();
        if (role != Role.BUSINESS_ADMIN && role != Role.BUSINESS_MEMBER) {
            return new Reply(text(request, "bot.answer.ordersForBusiness"), Action.CONTINUE);
        }
        List<OrderSummary> found = ordersAskedAbout(contact.get(), request.text());
        String link = text(request, "bot.link.orders");
        String url = sitePath(request, "/orders");
        if (found.isEmpty()) {
            return new Reply(text(request, "bot.answer.noOrders"), Action.CONTINUE, link, url);
        }
        String lines = found.stream().map(order -> text(request, "bot.answer.orderLine",
                        order.number(), text(request, "commerce.status." + order.status().name()),
                        order.placedAt().toString().substring(0, 10)))
                .collect(Collectors.joining("\n"));
        return new Reply(lines, Action.CONTINUE, link, url);
    }

    private List<OrderSummary> ordersAskedAbout(PorticoUser contact, String text) {
        Matcher number = ORDER_NUMBER.matcher(text == null ? "" : text);
        if (number.find()) {
            try {
                return List.of(orders.read(contact, number.group().toUpperCase(Locale.ROOT))
                        .order());
            } catch (NotFoundException e) {
                return List.of();
            }
        }
        return orders.search(contact, OrderQuery.all()).orders().stream().limit(LISTED).toList();
    }

    private Reply signIn(BotRequest request, String key) {
        return new Reply(text(request, key), Action.CONTINUE, text(request, "bot.link.signIn"),
                sitePath(request, "/signin"));
    }

    private Optional<PorticoUser> customer(BotRequest request) {
        if (request.customerUserId() == null) {
            return Optional.empty();
        }
        return directory.customer(request.customerUserId()).map(CustomerSummary::email)
                .map(users::loadUserByUsername)
                .filter(PorticoUser.class::isInstance).map(PorticoUser.class::cast)
                .filter(user -> !user.role().isStaff())
                .map(PorticoUser::withoutCredentials);
    }

    private static String sitePath(BotRequest request, String path) {
        String site = request.site() == null || request.site().isBlank() ? "help" : request.site();
        return "/s/" + site + path;
    }

    static Locale locale(BotRequest request) {
        return request.locale() == null ? Locale.ENGLISH : request.locale();
    }

    String text(BotRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale(request));
    }
}
