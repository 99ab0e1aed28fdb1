package org.portico.knowledge.internal;

import java.util.Collection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.portico.platform.PorticoProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets an import index its articles once at the end instead of once per page: one index
 * commit for a whole folder rather than one per file. Does nothing where search is disabled
 * (command mode).
 */
@Component
class ArticleIndexing {

    @PersistenceContext
    private EntityManager entityManager;

    private final boolean enabled;

    ArticleIndexing(PorticoProperties properties) {
        this.enabled = !properties.commandMode();
    }

    /** Leaves articles saved in the current transaction out of the index for now. */
    void deferInCurrentTransaction() {
        if (enabled) {
            Search.session(entityManager).indexingPlanFilter(ctx -> ctx.exclude(Article.class));
        }
    }

    /** Indexes these articles in one transaction. */
    @Transactional
    void index(Collection<Long> ids) {
        if (!enabled || ids.isEmpty()) {
            return;
        }
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (Long id : ids) {
            Article article = entityManager.find(Article.class, id);
            if (article != null) {
                plan.addOrUpdate(article);
            }
        }
    }
}
