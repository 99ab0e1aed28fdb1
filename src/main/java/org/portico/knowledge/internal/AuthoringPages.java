package org.portico.knowledge.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.Visibility;
import org.portico.platform.NotFoundException;
import org.portico.sites.Sites;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing articles in the console ({@code /console/knowledge}): the list per site, the
 * Markdown editor with its live preview and uploads, the lifecycle buttons, the versions and
 * the difference between two of them, and translations.
 */
@Controller
class AuthoringPages {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
    static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final int MAX_MARKDOWN = 200_000;
    private static final int MAX_TITLE = 300;
    private static final String ERROR = "error";

    private final KnowledgeEditor editor;
    private final AuthoringList list;
    private final UploadedFiles files;
    private final Sites sites;
    private final ArticleFeedback feedback;

    AuthoringPages(KnowledgeEditor editor, AuthoringList list, UploadedFiles files, Sites sites,
            ArticleFeedback feedback) {
        this.editor = editor;
        this.list = list;
        this.files = files;
        this.sites = sites;
        this.feedback = feedback;
    }

    /**
     * The editor's fields; after a refused save they wait for the next page as a flash
     * attribute in the shared session store, hence serialisable.
     */
    record EditorForm(String site, String slug, String language, String title, String topic,
            String markdown) implements Serializable {
    }

    @GetMapping("/console/knowledge")
    String articles(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "site", defaultValue = "help") String site,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        KnowledgeStaff.require(user);
        String slug = sites.get(site).slug();
        AuthoringList.Page shown = list.of(slug, status, KnowledgePages.pageNumber(page));
        model.addAttribute("sites", sites.all());
        model.addAttribute("site", slug);
        model.addAttribute("status", status);
        model.addAttribute("articles", shown.rows());
        model.addAttribute("listPage", shown);
        return "knowledge/console/articles";
    }

    @GetMapping("/console/knowledge/new")
    String newArticle(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "site", defaultValue = "help") String site,
            @RequestParam(name = "language", defaultValue = "en") String language, Model model) {
        KnowledgeStaff.require(user);
        model.addAttribute("form", new EditorForm(sites.get(site).slug(), "",
                "zh".equals(language) ? "zh" : "en", "", "", ""));
        return "knowledge/console/new";
    }

    @PostMapping("/console/knowledge")
    String create(@AuthenticationPrincipal PorticoUser user, @RequestParam("site") String site,
            @RequestParam("slug") String slug, @RequestParam("language") String language,
            @RequestParam("title") String title, @RequestParam("topic") String topic,
            @RequestParam(name = "markdown", defaultValue = "") String markdown, Model model) {
        KnowledgeStaff.require(user);
        EditorForm form = new EditorForm(sites.get(site).slug(), slug.strip(),
                "zh".equals(language) ? "zh" : "en", title.strip(), topic.strip(), markdown);
        String problem = problem(form);
        if (problem == null && !SLUG.matcher(form.slug()).matches()) {
            problem = "knowledge.editor.error.slug";
        }
        if (problem != null) {
            model.addAttribute("form", form);
            model.addAttribute(ERROR, problem);
            return "knowledge/console/new";
        }
        try {
            Article article = editor.create(form.site(), form.slug(), form.language(),
                    draft(form), user.email());
            return "redirect:/console/knowledge/articles/" + article.id();
        } catch (KnowledgeEditor.LifecycleException e) {
            model.addAttribute("form", form);
            model.addAttribute(ERROR, e.getMessage());
            return "knowledge/console/new";
        }
    }

    @GetMapping("/console/knowledge/articles/{id}")
    String edit(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            Model model) {
        KnowledgeStaff.require(user);
        Article article = editor.get(id);
        ArticleVersions.Version latest = editor.latest(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EditorForm(article.site(), article.slug(),
                    article.language(), latest.title(), latest.topicKey(), latest.markdown()));
        }
        model.addAttribute("article", Head.of(article));
        model.addAttribute("latest", latest);
        model.addAttribute("mayApprove", KnowledgeStaff.mayApprove(user, latest));
        model.addAttribute("versions", editor.history(id));
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("preview", editor.preview(article.site(), latest.markdown()).html());
        model.addAttribute("comments", feedback.comments(id, 10));
        model.addAttribute("lifecycle", lifecycle(article, latest));
        return "knowledge/console/editor";
    }

    @PostMapping("/console/knowledge/articles/{id}")
    String save(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam("title") String title, @RequestParam("topic") String topic,
            @RequestParam(name = "markdown", defaultValue = "") String markdown,
            RedirectAttributes redirect) {
        KnowledgeStaff.require(user);
        Article article = editor.get(id);
        EditorForm form = new EditorForm(article.site(), article.slug(), article.language(),
                title.strip(), topic.strip(), markdown);
        String problem = problem(form);
        if (problem != null) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute(ERROR, problem);
        } else {
            editor.save(id, draft(form), user.email());
            redirect.addFlashAttribute("done", "knowledge.editor.saved");
        }
        return "redirect:/console/knowledge/articles/" + id;
    }

    @PostMapping("/console/knowledge/articles/{id}/lifecycle")
    String lifecycle(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam("action") String action,
            @RequestParam(name = "at", required = false) String at,
            RedirectAttributes redirect) {
        KnowledgeStaff.require(user);
        try {
            switch (action) {
                case "submit" -> editor.submitForReview(id);
                case "return" -> editor.returnToDraft(id);
                case "publish" -> editor.publish(id, user);
                case "schedule" -> editor.schedule(id, parseUtc(at), user);
                case "archive" -> editor.archive(id);
                default -> throw new KnowledgeEditor.LifecycleException(
                        "knowledge.editor.error.action");
            }
            redirect.addFlashAttribute("done", "knowledge.editor.done." + action);
        } catch (KnowledgeEditor.LifecycleException e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
        }
        return "redirect:/console/knowledge/articles/" + id;
    }

    @PostMapping("/console/knowledge/articles/{id}/settings")
    String settings(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam("visibility") Visibility visibility,
            @RequestParam(name = "promoted", defaultValue = "false") boolean promoted,
            @RequestParam(name = "related", defaultValue = "") String related,
            RedirectAttributes redirect) {
        KnowledgeStaff.require(user);
        String slugs = Arrays.stream(related.split("[,\\s]+")).map(String::strip)
                .filter(s -> SLUG.matcher(s).matches()).distinct().limit(10)
                .collect(Collectors.joining(","));
        editor.settings(id, visibility, promoted, slugs);
        redirect.addFlashAttribute("done", "knowledge.editor.done.settings");
        return "redirect:/console/knowledge/articles/" + id;
    }

    @PostMapping("/console/knowledge/articles/{id}/translation")
    String translate(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            RedirectAttributes redirect) {
        KnowledgeStaff.require(user);
        Article source = editor.get(id);
        ArticleVersions.Version latest = editor.latest(id);
        String other = "zh".equals(source.language()) ? "en" : "zh";
        try {
            Article translation = editor.create(source.site(), source.slug(), other,
                    new KnowledgeEditor.Draft(latest.title(), latest.topicKey(),
                            latest.markdown()), user.email());
            return "redirect:/console/knowledge/articles/" + translation.id();
        } catch (KnowledgeEditor.LifecycleException e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
            return "redirect:/console/knowledge/articles/" + id;
        }
    }

    @PostMapping("/console/knowledge/preview")
    String preview(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "site", defaultValue = "help") String site,
            @RequestParam(name = "markdown", defaultValue = "") String markdown, Model model) {
        KnowledgeStaff.require(user);
        String text = markdown.length() > MAX_MARKDOWN ? markdown.substring(0, MAX_MARKDOWN)
                : markdown;
        model.addAttribute("preview", editor.preview(sites.get(site).slug(), text).html());
        return "knowledge/console/editor :: preview";
    }

    @GetMapping("/console/knowledge/articles/{id}/diff")
    String diff(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam("from") int from, @RequestParam("to") int to, Model model) {
        KnowledgeStaff.require(user);
        ArticleVersions.Version before = editor.version(id, from)
                .orElseThrow(() -> new NotFoundException("version " + from));
        ArticleVersions.Version after = editor.version(id, to)
                .orElseThrow(() -> new NotFoundException("version " + to));
        model.addAttribute("article", Head.of(editor.get(id)));
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("titleDiff", TextDiff.words(before.title(), after.title()));
        model.addAttribute("lines", TextDiff.lines(before.markdown(), after.markdown()));
        return "knowledge/console/diff";
    }

    @PostMapping("/console/knowledge/articles/{id}/files")
    String upload(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam("file") MultipartFile file, Model model) throws IOException {
        KnowledgeStaff.require(user);
        Article article = editor.get(id);
        try {
            model.addAttribute("stored", files.store(article.site(), id,
                    file.getOriginalFilename(), file.getBytes()));
        } catch (UploadedFiles.Refused e) {
            model.addAttribute("uploadError", e.getMessage());
        }
        return "knowledge/console/editor :: uploaded";
    }

    private static String lifecycle(Article article, ArticleVersions.Version latest) {
        if (article.status() == Article.Status.ARCHIVED) {
            return "archived";
        }
        if (latest.scheduled()) {
            return "scheduled";
        }
        return switch (latest.state()) {
            case IN_REVIEW -> "in-review";
            case PUBLISHED -> "published";
            default -> article.isPublished() ? "published-draft" : "draft";
        };
    }

    private static String problem(EditorForm form) {
        if (form.title().isEmpty() || form.title().length() > MAX_TITLE) {
            return "knowledge.editor.error.title";
        }
        if (!TOPIC.matcher(form.topic()).matches()) {
            return "knowledge.editor.error.topic";
        }
        if (form.markdown().length() > MAX_MARKDOWN) {
            return "knowledge.editor.error.too-long";
        }
        return null;
    }

    private static KnowledgeEditor.Draft draft(EditorForm form) {
        return new KnowledgeEditor.Draft(form.title(), form.topic().toLowerCase(Locale.ROOT),
                form.markdown());
    }

    private static Instant parseUtc(String at) {
        try {
            return LocalDateTime.parse(at == null ? "" : at.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new KnowledgeEditor.LifecycleException("knowledge.editor.error.when");
        }
    }

    /** The article as the editor shows it. */
    record Head(long id, String site, String slug, String language, String status,
            String visibility, boolean promoted, String related, Integer publishedVersion,
            String url) {

        static Head of(Article a) {
            return new Head(a.id(), a.site(), a.slug(), a.language(), a.status().name(),
                    a.visibility().name(), a.promoted(), a.relatedSlugs(),
                    a.publishedVersion(), a.url());
        }
    }
}
