package org.portico.community.internal;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.platform.InvalidRequest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The community for integrators: {@code GET /api/v1/community/questions} (a page of a site's
 * questions), {@code GET /api/v1/community/questions/{id}} (with its answers) and
 * {@code POST /api/v1/community/questions} (ask as the signed-in member).
 */
@RestController
class CommunityApiController {

    private final QuestionLists lists;
    private final QuestionThreads threads;
    private final CommunityService community;

    CommunityApiController(QuestionLists lists, QuestionThreads threads,
            CommunityService community) {
        this.lists = lists;
        this.threads = threads;
        this.community = community;
    }

    record QuestionSummary(long id, String site, String title, String topic, int score,
            int answers, boolean solved, String author, Instant askedAt, String url) {
    }

    record AnswerJson(long id, String author, boolean official, boolean accepted, int score,
            String bodyHtml, Instant postedAt) {
    }

    record QuestionJson(long id, String site, String title, String topic, int score,
            boolean solved, String author, Instant askedAt, String bodyHtml,
            List<AnswerJson> answers) {
    }

    /** What {@code POST} takes; {@code formToken} (optional) makes a repeated request one post. */
    record AskRequest(String site, String title, String body, String topic, String formToken) {
    }

    @GetMapping("/api/v1/community/questions")
    Map<String, Object> list(@RequestParam(name = "site", defaultValue = "help") String site,
            @RequestParam(name = "sort", defaultValue = "newest") String sort,
            @RequestParam(name = "topic", required = false) String topic,
            @RequestParam(name = "page", defaultValue = "1") int page) {
        QuestionLists.Page found = lists.list(site, CommunityPagesController.order(sort),
                Topics.isKnown(topic) ? topic : null, page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", found.page());
        body.put("pages", found.pages());
        body.put("total", found.total());
        body.put("questions", found.items().stream().map(CommunityApiController::summary)
                .toList());
        return body;
    }

    @GetMapping("/api/v1/community/questions/{id}")
    QuestionJson read(@PathVariable("id") long id, @AuthenticationPrincipal PorticoUser user) {
        QuestionThreads.Thread thread = threads.read(user, null, id);
        Post q = thread.question();
        return new QuestionJson(q.id(), q.site(), q.title(), q.topic(), q.score(), q.isSolved(),
                q.authorName(), q.createdAt(), q.bodyHtml(),
                thread.answers().stream().map(QuestionThreads.Entry::answer)
                        .filter(Post::isVisible)
                        .map(a -> new AnswerJson(a.id(), a.authorName(), a.official(),
                                a.accepted(), a.score(), a.bodyHtml(), a.createdAt()))
                        .toList());
    }

    @PostMapping("/api/v1/community/questions")
    ResponseEntity<Object> ask(@RequestBody AskRequest request,
            @AuthenticationPrincipal PorticoUser user) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        String title = request.title() == null ? "" : request.title().strip();
        if (title.length() < 10 || title.length() > AskForm.TITLE_MAX) {
            errors.put("title", wrong("Size", AskForm.TITLE_MAX, 10));
        }
        if (request.body() == null || request.body().isBlank()) {
            errors.put("body", wrong("NotBlank"));
        } else if (request.body().length() > AskForm.BODY_MAX) {
            errors.put("body", wrong("Size", AskForm.BODY_MAX, 0));
        }
        if (!Topics.isKnown(request.topic())) {
            errors.put("topic", wrong("community.topic.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        String site = request.site() == null ? "help" : request.site();
        CommunityService.Posted posted;
        try {
            posted = community.ask(user, new CommunityService.NewQuestion(site, title,
                    request.body(), request.topic()), request.formToken());
        } catch (DuplicateKeyException sentBefore) {
            posted = community.submitted(request.formToken()).orElseThrow();
        }
        Post question = community.readableQuestion(user, posted.id());
        return ResponseEntity.created(URI.create("/api/v1/community/questions/" + posted.id()))
                .body(Map.of("id", posted.id(), "status", posted.status().name(),
                        "question", summary(question)));
    }

    private static QuestionSummary summary(Post q) {
        return new QuestionSummary(q.id(), q.site(), q.title(), q.topic(), q.score(),
                q.answerCount(), q.isSolved(), q.authorName(), q.createdAt(),
                "/s/" + q.site() + "/community/questions/" + q.id());
    }

    /** A field's error: a bundle key, with the arguments of {@code Size} (field, max, min). */
    private static MessageSourceResolvable wrong(String key, Object... limits) {
        Object[] arguments = new Object[limits.length + 1];
        arguments[0] = "";
        System.arraycopy(limits, 0, arguments, 1, limits.length);
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
