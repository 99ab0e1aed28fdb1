package org.portico.knowledge.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may fetch a file that an author uploaded into an article ({@code files/{article}/…}):
 * the readers of the article as it is published, and staff (who also preview drafts). An
 * unguessable address is not a permission: a draft's, an archived or an internal article's file
 * is not found for customers and visitors. Files an import brought along (screenshots shared by
 * many pages) stay public.
 */
@Component
class AssetAccess {

    private static final Pattern UPLOADED = Pattern.compile("files/(\\d{1,18})/.*");

    private final ArticleRepository articles;

    AssetAccess(ArticleRepository articles) {
        this.articles = articles;
    }

    /** What the reader may do with a file: not see it, or see it and let caches keep it. */
    enum Access { HIDDEN, PRIVATE, PUBLIC }

    @Transactional(readOnly = true)
    Access of(String site, String path, PorticoUser reader) {
        Matcher uploaded = UPLOADED.matcher(path);
        if (!uploaded.matches()) {
            return Access.PUBLIC;
        }
        Optional<Article> article = articles.findById(Long.parseLong(uploaded.group(1)))
                .filter(a -> a.site().equals(site));
        if (article.isEmpty()) {
            return Access.HIDDEN;
        }
        Article found = article.get();
        if (found.isPublished() && found.visibility() == Visibility.PUBLIC) {
            return Access.PUBLIC;
        }
        if (reader != null && reader.role().isStaff()) {
            return Access.PRIVATE;
        }
        return found.isPublished() && Readers.of(reader).contains(found.visibility())
                ? Access.PRIVATE : Access.HIDDEN;
    }
}
