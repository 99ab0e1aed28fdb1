package org.portico.community.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.DeflectionSignals;
import org.portico.knowledge.FoundArticle;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The community pages a visitor reads: lists of questions (per topic too), a question with
 * its answers, search across questions and articles, member profiles, the notifications list
 * and the unsubscribe page that mails link to.
 */
@Controller
class CommunityPagesController {

    private static final int SEARCH_RESULTS = 20;
    /** The form a suggestion was opened from (the knowledge base's form keys). */

    private final QuestionLists lists;
    private final QuestionSearch questions;
    private final PostStore posts;
    private final QuestionThreads threads;
    private final CommunityService community;
    private final KnowledgeSuggestions articles;
    private final Members members;
    private final Follows follows;
    private final Notifications notifications;
    private final Clock clock;

    CommunityPagesController(QuestionLists lists, QuestionSearch questions, PostStore posts,
            QuestionThreads threads,
            CommunityService community, KnowledgeSuggestions articles, Members members,
            Follows follows, Notifications notifications, Clock clock) {
        this.lists = lists;
        this.questions = questions;
        this.posts = posts;
        this.threads = threads;
        this.community = community;
        this.articles = articles;
        this.members = members;
        this.follows = follows;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ModelAttribute("topics")
    List<String> topics() {
        return Topics.KEYS;
    }

    @GetMapping("/s/{site}/community")
    String home(@PathVariable("site") String site,
            @RequestParam(name = "sort", defaultValue = "newest") String sort,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        return list(site, null, sort, page, user, model);
    }

    @GetMapping("/s/{site}/community/topics/{topic}")
    String topic(@PathVariable("site") String site, @PathVariable("topic") String topic,
            @RequestParam(name = "sort", defaultValue = "newest") String sort,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        if (!Topics.isKnown(topic)) {
            throw new NotFoundException("topic " + topic);
        }
        return list(site, topic, sort, page, user, model);
    }

    private String list(String site, String topic, String sort, int page, PorticoUser user,
            Model model) {
        QuestionLists.Order order = order(sort);
        QuestionLists.Page found = lists.list(site, order, topic, page);
        String path = "/s/" + site + "/community" + (topic == null ? "" : "/topics/" + topic);
        if (found.beyondEnd()) {
            return "redirect:" + path + "?sort=" + order.name().toLowerCase(Locale.ROOT)
                    + "&page=" + found.pages();
        }
        model.addAttribute("found", found);
        model.addAttribute("sort", order.name().toLowerCase(Locale.ROOT));
        model.addAttribute("topic", topic);
        model.addAttribute("listPath", path);
        model.addAttribute("followingTopic", topic != null && user != null
                && follows.follows(user.id(), site, Follows.Target.TOPIC, topic));
        model.addAttribute("moderator", community.isModerator(user));
        model.addAttribute("unread", user == null ? 0 : notifications.unread(user.id()));
        return "community/list";
    }

    @GetMapping("/s/{site}/community/questions/{id}")
    String question(@PathVariable("site") String site, @PathVariable("id") long id,
            @RequestParam(name = "from", required = false) String from,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        model.addAttribute("thread", threads.read(user, site, id));
        model.addAttribute("deflectionForm",
                from != null && DeflectionSignals.FORMS.contains(from) ? from : null);
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new ReplyForm());
        }
        return "community/question";
    }

    @GetMapping("/s/{site}/community/search")
    String search(@PathVariable("site") String site,
            @RequestParam(name = "q", defaultValue = "") String q,
            @AuthenticationPrincipal PorticoUser user, Locale locale, Model model) {
        String text = q.strip();
        model.addAttribute("q", text);
        model.addAttribute("results", text.isEmpty() ? List.of()
                : results(site, text, locale, user));
        return "community/search";
    }

    /**
     * One found item: a question or an article.
     *
     * @param snippetHtml HTML-escaped extract with the matched words in {@code <mark>}
     */
    record Result(String kind, String title, String url, String snippetHtml, boolean solved,
            float score) {
    }

    /** Questions and articles in one list, by the search engine's score. */
    private List<Result> results(String site, String text, Locale locale, PorticoUser user) {
        List<QuestionSearch.Found> found = questions.search(site, text, locale, SEARCH_RESULTS,
                false, false);
        Map<Long, Post> visible = new HashMap<>();
        posts.inOrder(found.stream().map(QuestionSearch.Found::id).toList()).stream()
                .filter(Post::isVisible).forEach(p -> visible.put(p.id(), p));
        List<Result> merged = new ArrayList<>();
        for (QuestionSearch.Found q : found) {
            Post post = visible.get(q.id());
            if (post != null) {
                merged.add(new Result("question", post.title(),
                        QuestionSearch.url(site, q.id()), q.snippetHtml(), post.isSolved(),
                        q.score()));
            }
        }
        for (FoundArticle a : articles.find(site, text, locale, SEARCH_RESULTS, user)) {
            merged.add(new Result("article", a.title(), a.url(), a.snippetHtml(), false,
                    a.score()));
        }
        merged.sort(Comparator.comparingDouble(Result::score).reversed());
        return merged.size() > SEARCH_RESULTS ? merged.subList(0, SEARCH_RESULTS) : merged;
    }

    @GetMapping("/s/{site}/community/members/{id}")
    @Transactional
    String profile(@PathVariable("site") String site, @PathVariable("id") long id,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        boolean self = user != null && user.id() == id;
        Members.Member member = self ? members.ensure(id, clock.instant()) : members.find(id)
                .orElseThrow(() -> new NotFoundException("member " + id));
        model.addAttribute("member", member);
        model.addAttribute("badges", members.badges(id));
        model.addAttribute("found", lists.byAuthor(site, id, page));
        model.addAttribute("moderator", community.isModerator(user));
        model.addAttribute("manager", Moderation.isManager(user));
        model.addAttribute("self", self);
        return "community/profile";
    }

    @GetMapping("/s/{site}/community/notifications")
    @Transactional
    String notifications(@PathVariable("site") String site,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        PorticoUser member = CommunityPostingController.signedIn(user);
        model.addAttribute("notices", notifications.of(member.id(), 50));
        model.addAttribute("member", members.ensure(member.id(), clock.instant()));
        model.addAttribute("followedTopics", follows.topicsOf(member.id(), site));
        notifications.markRead(member.id(), clock.instant());
        return "community/notifications";
    }

    @PostMapping("/s/{site}/community/notifications/mail")
    String mailMode(@PathVariable("site") String site, @RequestParam("mode") String mode,
            @AuthenticationPrincipal PorticoUser user) {
        PorticoUser member = CommunityPostingController.signedIn(user);
        members.ensure(member.id(), clock.instant());
        members.setMailMode(member.id(), mailMode(mode));
        return "redirect:/s/" + site + "/community/notifications?saved";
    }

    @GetMapping("/s/{site}/community/unsubscribe")
    String unsubscribeForm(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", members.byUnsubscribeToken(token).isPresent());
        return "community/unsubscribe";
    }

    @PostMapping("/s/{site}/community/unsubscribe")
    String unsubscribe(@PathVariable("site") String site,
            @RequestParam(name = "token", defaultValue = "") String token, Model model) {
        Members.Member member = members.byUnsubscribeToken(token).orElse(null);
        if (member != null) {
            members.setMailMode(member.userId(), Members.MailMode.NONE);
        }
        model.addAttribute("token", token);
        model.addAttribute("valid", member != null);
        model.addAttribute("done", member != null);
        return "community/unsubscribe";
    }

    static QuestionLists.Order order(String sort) {
        for (QuestionLists.Order order : QuestionLists.Order.values()) {
            if (order.name().equalsIgnoreCase(sort)) {
                return order;
            }
        }
        return QuestionLists.Order.NEWEST;
    }

    private static Members.MailMode mailMode(String mode) {
        for (Members.MailMode value : Members.MailMode.values()) {
            if (value.name().equalsIgnoreCase(mode)) {
                return value;
            }
        }
        return Members.MailMode.IMMEDIATE;
    }
}
