package org.portico.knowledge.internal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the article index when a command-line import asked for it: at start-up and then
 * every few seconds. Only the server runs this; a command never writes the index.
 *
 * <p>Known limit: with the embedded Lucene backend each node has its own index, and the first
 * node to see a request marks it done for all. A node whose own index was written by an older
 * version of the mapping rebuilds it at start whatever the requests say.
 */
@Component
@ConditionalOnProperty(name = "portico.command-mode", havingValue = "false", matchIfMissing = true)
class SearchReindexer {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexer.class);

    private final ReindexRequests requests;
    private final EntityManagerFactory entityManagerFactory;
    private final MeaningVectorFiller vectors;
    private final SearchVocabulary vocabulary;
    /**
     * Set once the application has started. A rebuild adds every article without looking
     * for one already there, so one that ran while the start-up filled a new installation
     * (the demo articles) listed those articles twice.
     */
    private volatile boolean started;

    SearchReindexer(ReindexRequests requests, EntityManagerFactory entityManagerFactory,
            MeaningVectorFiller vectors, SearchVocabulary vocabulary) {
        this.requests = requests;
        this.entityManagerFactory = entityManagerFactory;
        this.vectors = vectors;
        this.vocabulary = vocabulary;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void onStart() {
        started = true;
        if (requests.latestPending().isEmpty() && vocabulary.isOutdated()) {
            log.info("The search index was written by an older version: rebuilding it");
            rebuild();
        }
        processPending();
    }

    @Scheduled(fixedDelayString = "${portico.knowledge.reindex-poll:5s}", initialDelay = 5000)
    synchronized void processPending() {
        if (started) {
            requests.latestPending().ifPresent(this::reindex);
        }
    }

    private void reindex(long request) {
        long begun = System.nanoTime();
        if (!rebuild()) {
            return;
        }
        requests.markDone(request);
        // A re-index follows a command-line import, whose articles also need their vectors.
        vectors.fillMissing();
        log.info("Search index rebuilt for reindex request {} in {} ms", request,
                (System.nanoTime() - begun) / 1_000_000);
    }

    /** Rebuilds this node's article index; false when interrupted. */
    private boolean rebuild() {
        try {
            Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                    .threadsToLoadObjects(2)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
