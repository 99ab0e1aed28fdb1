package org.portico.community.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the question index in step with the posts. Posts are written with SQL, so every write
 * names the post it touched; once the transaction has committed, the questions of those posts
 * are read again and indexed, or removed from the index when they are no longer visible. At
 * start the whole index is rebuilt when it does not hold as many questions as the database
 * (a new installation, posts loaded with SQL by {@code community bench}). Does nothing in
 * command mode, where search is switched off.
 *
 * <p>Known limit: with the Lucene backend each node indexes only the posts written on it; an
 * edit made on another node is missed until the counts differ at a start. Nodes that share an
 * OpenSearch or Elasticsearch cluster (the opensearch profile) share one index instead.
 */
@Component
class QuestionIndex {

    private static final Logger log = LoggerFactory.getLogger(QuestionIndex.class);
    private static final String PENDING = QuestionIndex.class.getName() + ".pending";

    @PersistenceContext
    private EntityManager entityManager;

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final boolean enabled;

    QuestionIndex(JdbcClient jdbc, PlatformTransactionManager transactions,
            PorticoProperties properties) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = !properties.commandMode();
    }

    /** A post (question, answer or comment) changed: its question is indexed after commit. */
    void changed(long postId) {
        if (!enabled) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(List.of(postId));
            return;
        }
        pending().add(postId);
    }

    @SuppressWarnings("unchecked")
    private Set<Long> pending() {
        Object bound = TransactionSynchronizationManager.getResource(PENDING);
        if (bound != null) {
            return (Set<Long>) bound;
        }
        Set<Long> posts = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(PENDING, posts);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                if (status == STATUS_COMMITTED) {
                    reindex(posts);
                }
            }
        });
        return posts;
    }

    private void reindex(Collection<Long> postIds) {
        separately.executeWithoutResult(tx -> {
            List<Long> questions = jdbc.sql("""
                    SELECT DISTINCT COALESCE(question_id, id) FROM community_post
                    WHERE id IN (:ids)""").param("ids", postIds).query(Long.class).list();
            SearchSession search = Search.session(entityManager);
            for (Long id : questions) {
                List<IndexedQuestion> visible = entityManager.createQuery(
                                "FROM IndexedQuestion q WHERE q.id = :id", IndexedQuestion.class)
                        .setParameter("id", id).getResultList();
                if (visible.isEmpty()) {
                    search.indexingPlan().purge(IndexedQuestion.class, id, null);
                } else {
                    search.indexingPlan().addOrUpdate(visible.get(0));
                }
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfIncomplete() {
        if (!enabled) {
            return;
        }
        long stored = jdbc.sql("""
                SELECT COUNT(*) FROM community_post
                WHERE kind = 'QUESTION' AND status = 'VISIBLE'""").query(Long.class).single();
        long indexed = separately.execute(tx -> Search.session(entityManager)
                .search(IndexedQuestion.class).where(f -> f.matchAll()).fetchTotalHitCount());
        if (stored != indexed) {
            rebuild(stored, indexed);
        }
        log.info("Community question index ready: {} visible questions", stored);
    }

    private void rebuild(long stored, long indexed) {
        long started = System.nanoTime();
        try {
            Search.mapping(entityManager.getEntityManagerFactory())
                    .scope(IndexedQuestion.class).massIndexer()
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(100)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log.info("Community question index rebuilt ({} questions, {} were indexed) in {} ms",
                stored, indexed, (System.nanoTime() - started) / 1_000_000);
    }
}
