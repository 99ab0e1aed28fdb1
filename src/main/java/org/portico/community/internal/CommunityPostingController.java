package org.portico.community.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.knowledge.SuggestionThreshold;
import org.portico.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What signed-in members do in the community of a site: ask (with similar questions and
 * articles suggested while the title is typed), answer, comment, edit, delete, vote, accept,
 * flag, follow and turn a question into a case. Anonymous visitors are sent to sign in.
 */
@Controller
class CommunityPostingController {

    private static final int SUGGESTIONS = 5;

    private final CommunityService community;
    private final QuestionLists lists;
    private final QuestionThreads threads;
    private final KnowledgeSuggestions articles;
    private final AskFormSignals signals;
    private final Follows follows;
    private final PostStore posts;
    private final Clock clock;

    CommunityPostingController(CommunityService community, QuestionLists lists,
            QuestionThreads threads, KnowledgeSuggestions articles, AskFormSignals signals,
            Follows follows, PostStore posts, Clock clock) {
        this.community = community;
        this.lists = lists;
        this.threads = threads;
        this.articles = articles;
        this.signals = signals;
        this.follows = follows;
        this.posts = posts;
        this.clock = clock;
    }

    /** The signed-in user; anyone else is sent to the sign-in page of the site. */
    static PorticoUser signedIn(PorticoUser user) {
        if (user == null) {
            throw new AuthenticationCredentialsNotFoundException("sign in to take part");
        }
        return user;
    }

    @ModelAttribute("topics")
    List<String> topics() {
        return Topics.KEYS;
    }

    @GetMapping("/s/{site}/community/ask")
    String askForm(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "topic", required = false) String topic, Model model) {
        signedIn(user);
        AskForm form = new AskForm();
        if (Topics.isKnown(topic)) {
            form.setTopic(topic);
        }
        model.addAttribute("form", form);
        return "community/ask";
    }

    @PostMapping("/s/{site}/community/questions")
    String ask(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") AskForm form, BindingResult errors) {
        signedIn(user);
        if (!errors.hasFieldErrors("topic") && !Topics.isKnown(form.getTopic())) {
            errors.rejectValue("topic", "community.topic.invalid");
        }
        if (errors.hasErrors()) {
            return "community/ask";
        }
        CommunityService.Posted posted = once(form.getFormToken(), () -> community.ask(user,
                new CommunityService.NewQuestion(site, form.getTitle(), form.getBody(),
                        form.getTopic()), form.getFormToken()));
        signals.questionSent(site, user);
        return "redirect:/s/" + site + "/community/questions/" + posted.id()
                + (posted.status() == Post.Status.VISIBLE ? "" : "?held");
    }

    @GetMapping("/s/{site}/community/ask/suggestions")
    String suggestions(@PathVariable("site") String site,
            @RequestParam(name = "title", defaultValue = "") String title,
            @AuthenticationPrincipal PorticoUser user, Locale locale, Model model) {
        String text = title.strip();
        boolean searched = SuggestionThreshold.reached(text);
        List<Post> questions = searched ? lists.search(site, text, locale, SUGGESTIONS) : List.of();
        List<ArticleSuggestion> found = searched
                ? articles.suggest(site, text, locale, SUGGESTIONS) : List.of();
        List<String> keys = new ArrayList<>();
        found.forEach(a -> AskFormSignals.keyOf(site, a.url()).ifPresent(keys::add));
        questions.forEach(q -> keys.add(AskFormSignals.questionKey(q.id())));
        signals.shown(site, user, keys);
        model.addAttribute("searched", searched);
        model.addAttribute("similar", questions);
        model.addAttribute("articles", found);
        return "community/ask :: suggestions";
    }

    /** A suggestion on the ask form was opened: noted, then the visitor is taken there. */
    @GetMapping("/s/{site}/community/ask/open")
    String openSuggestion(@PathVariable("site") String site,
            @RequestParam(name = "url", defaultValue = "") String url,
            @AuthenticationPrincipal PorticoUser user) {
        if (!url.startsWith("/s/" + site + "/") || url.contains("//") || url.contains("\\")) {
            throw new NotFoundException("suggestion " + url);
        }
        AskFormSignals.keyOf(site, url).ifPresent(key -> signals.opened(site, user, key));
        return "redirect:" + url;
    }

    /** "This answered my question" beside the suggestion at {@code url}: nothing is asked. */
    @PostMapping("/s/{site}/community/ask/answered")
    String answeredWithoutAsking(@PathVariable("site") String site,
            @RequestParam(name = "url", defaultValue = "") String url,
            @AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response) {
        String key = AskFormSignals.keyOf(site, url)
                .orElseThrow(() -> new NotFoundException("suggestion " + url));
        signals.answered(site, user, key);
        String done = "/s/" + site + "/community?answered";
        if (htmx != null) {
            response.setHeader("HX-Redirect", done);
            return "community/ask :: nothing";
        }
        return "redirect:" + done;
    }

    @PostMapping("/s/{site}/community/questions/{id}/answers")
    String answer(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("answerForm") ReplyForm form, BindingResult errors,
            Model model) {
        signedIn(user);
        if (errors.hasErrors()) {
            model.addAttribute("thread", threads.read(user, site, id));
            return "community/question";
        }
        CommunityService.Posted posted = once(form.getFormToken(),
                () -> community.answer(user, id, form.getBody(), false, form.getFormToken()));
        return "redirect:/s/" + site + "/community/questions/" + id
                + (posted.status() == Post.Status.VISIBLE ? "" : "?held") + "#post-" + posted.id();
    }

    @PostMapping("/s/{site}/community/posts/{id}/comments")
    String comment(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("commentForm") ReplyForm form, BindingResult errors) {
        signedIn(user);
        Post parent = visiblePost(user, site, id);
        if (errors.hasErrors()) {
            return "redirect:/s/" + site + "/community/questions/" + parent.questionOrSelf()
                    + "?emptyComment#post-" + id;
        }
        CommunityService.Posted posted = once(form.getFormToken(),
                () -> community.comment(user, id, form.getBody(), form.getFormToken()));
        return "redirect:/s/" + site + "/community/questions/" + posted.questionId()
                + (posted.status() == Post.Status.VISIBLE ? "" : "?held") + "#post-" + id;
    }

    @PostMapping("/s/{site}/community/posts/{id}/vote")
    String vote(@PathVariable("site") String site, @PathVariable("id") long id,
            @RequestParam("value") String value, @AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        signedIn(user);
        Post post = visiblePost(user, site, id);
        int score = community.vote(user, id, "down".equals(value) ? -1 : 1);
        if (htmx != null) {
            model.addAttribute("post", posts.find(id).orElseThrow());
            model.addAttribute("score", score);
            model.addAttribute("myVote", community.votesOf(user, post.questionOrSelf())
                    .getOrDefault(id, 0));
            return "community/parts :: votes";
        }
        return "redirect:/s/" + site + "/community/questions/" + post.questionOrSelf()
                + "#post-" + id;
    }

    @PostMapping("/s/{site}/community/answers/{id}/accept")
    String accept(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user) {
        Post answer = visiblePost(signedIn(user), site, id);
        community.toggleAccepted(user, id);
        return "redirect:/s/" + site + "/community/questions/" + answer.questionOrSelf()
                + "#post-" + id;
    }

    @PostMapping("/s/{site}/community/posts/{id}/flag")
    String flag(@PathVariable("site") String site, @PathVariable("id") long id,
            @RequestParam(name = "reason", defaultValue = "other") String reason,
            @AuthenticationPrincipal PorticoUser user) {
        Post post = visiblePost(signedIn(user), site, id);
        community.flag(user, id, reason.matches("[a-z-]{1,40}") ? reason : "other");
        return "redirect:/s/" + site + "/community/questions/" + post.questionOrSelf()
                + "?flagged";
    }

    @GetMapping("/s/{site}/community/posts/{id}/edit")
    String editForm(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        Post post = editable(signedIn(user), site, id);
        EditForm form = new EditForm();
        form.setTitle(post.title());
        form.setBody(post.bodyMarkdown());
        model.addAttribute("post", post);
        model.addAttribute("form", form);
        return "community/edit";
    }

    @PostMapping("/s/{site}/community/posts/{id}/edit")
    String edit(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") EditForm form, BindingResult errors, Model model) {
        Post post = editable(signedIn(user), site, id);
        if (post.kind() == Post.Kind.QUESTION && form.getTitle().strip().length() < 10) {
            errors.rejectValue("title", "community.title.short");
        }
        if (errors.hasErrors()) {
            model.addAttribute("post", post);
            return "community/edit";
        }
        community.edit(user, id, form.getTitle(), form.getBody());
        return "redirect:/s/" + site + "/community/questions/" + post.questionOrSelf()
                + "#post-" + id;
    }

    @GetMapping("/s/{site}/community/posts/{id}/history")
    String history(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        Post post = visiblePost(user, site, id);
        model.addAttribute("post", post);
        model.addAttribute("revisions", posts.revisions(id));
        return "community/history";
    }

    @PostMapping("/s/{site}/community/posts/{id}/delete")
    String delete(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user) {
        visiblePost(signedIn(user), site, id);
        Post deleted = community.delete(user, id);
        if (deleted.kind() == Post.Kind.QUESTION) {
            return "redirect:/s/" + site + "/community?deleted";
        }
        return "redirect:/s/" + site + "/community/questions/" + deleted.questionOrSelf();
    }

    @PostMapping("/s/{site}/community/questions/{id}/follow")
    String follow(@PathVariable("site") String site, @PathVariable("id") long id,
            @RequestParam(name = "follow", defaultValue = "true") boolean follow,
            @AuthenticationPrincipal PorticoUser user) {
        Post question = community.readableQuestion(signedIn(user), id);
        if (follow) {
            follows.follow(user.id(), question.site(), Follows.Target.QUESTION,
                    String.valueOf(id), clock.instant());
        } else {
            follows.unfollow(user.id(), question.site(), Follows.Target.QUESTION,
                    String.valueOf(id));
        }
        return "redirect:/s/" + site + "/community/questions/" + id;
    }

    @PostMapping("/s/{site}/community/topics/{topic}/follow")
    String followTopic(@PathVariable("site") String site, @PathVariable("topic") String topic,
            @RequestParam(name = "follow", defaultValue = "true") boolean follow,
            @AuthenticationPrincipal PorticoUser user) {
        signedIn(user);
        if (!Topics.isKnown(topic)) {
            throw new NotFoundException("topic " + topic);
        }
        if (follow) {
            follows.follow(user.id(), site, Follows.Target.TOPIC, topic, clock.instant());
        } else {
            follows.unfollow(user.id(), site, Follows.Target.TOPIC, topic);
        }
        return "redirect:/s/" + site + "/community/topics/" + topic;
    }

    @PostMapping("/s/{site}/community/questions/{id}/escalate")
    String escalate(@PathVariable("site") String site, @PathVariable("id") long id,
            @AuthenticationPrincipal PorticoUser user) {
        Post question = community.readableQuestion(signedIn(user), id);
        if (!question.site().equals(site)) {
            throw new NotFoundException("community question " + id);
        }
        String number = community.escalate(user, id);
        return "redirect:/s/" + site + "/cases/" + number;
    }

    /**
     * Runs a submission once per form token: the second of two identical submissions (a
     * double click) finds the post the first one made.
     */
    private CommunityService.Posted once(String token,
            Supplier<CommunityService.Posted> submission) {
        try {
            return submission.get();
        } catch (DuplicateKeyException sentBefore) {
            return community.submitted(token)
                    .orElseThrow(() -> new CommunityRefusal("community.refused.duplicate"));
        }
    }

    private Post visiblePost(PorticoUser user, String site, long id) {
        Post post = posts.find(id).filter(p -> p.site().equals(site))
                .filter(p -> p.status() != Post.Status.DELETED)
                .orElseThrow(() -> new NotFoundException("community post " + id));
        community.readableQuestion(user, post.questionOrSelf());
        return post;
    }

    private Post editable(PorticoUser user, String site, long id) {
        Post post = visiblePost(user, site, id);
        if (post.authorId() != user.id() && !community.isModerator(user)) {
            throw new NotFoundException("community post " + id);
        }
        return post;
    }
}
