package org.portico.knowledge.internal;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.portico.knowledge.ArticlePublished;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the articles' sentence vectors complete in the server, one task at a time on a
 * background thread of low priority: at start (after an upgrade or a bulk load), after a
 * re-index, and for each article published or imported. Until its vector is there, a
 * suggestion embeds the article itself. Does nothing in command mode or with
 * {@code portico.knowledge.embeddings=false}.
 */
@Component
class MeaningVectorFiller {

    private static final Logger log = LoggerFactory.getLogger(MeaningVectorFiller.class);

    private final MeaningVectors vectors;
    private final boolean active;
    private final AtomicBoolean wholeTablePending = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "meaning-vectors");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private volatile boolean broken;

    MeaningVectorFiller(MeaningVectors vectors, PorticoProperties properties,
            @Value("${portico.knowledge.embeddings:true}") boolean embeddings) {
        this.vectors = vectors;
        this.active = embeddings && !properties.commandMode();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        fillMissing();
    }

    @TransactionalEventListener
    void on(ArticlePublished published) {
        if (active) {
            worker.execute(() -> run(() -> vectors.fill(vectors.published(published.site(),
                    published.slug(), published.language()))));
        }
    }

    /** Computes the vectors of these articles soon (after an import). */
    void fill(Collection<Long> ids) {
        if (active && !ids.isEmpty()) {
            List<Long> copy = List.copyOf(ids);
            worker.execute(() -> run(() -> vectors.fill(copy)));
        }
    }

    /** Computes every missing vector soon; one pass waiting is enough for any number of calls. */
    void fillMissing() {
        if (active && wholeTablePending.compareAndSet(false, true)) {
            worker.execute(() -> run(() -> {
                wholeTablePending.set(false);
                long started = System.nanoTime();
                int filled = vectors.fillMissing();
                if (filled > 0) {
                    log.info("Sentence vectors computed for {} articles in {} s", filled,
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }));
        }
    }

    private void run(Runnable task) {
        if (broken) {
            return;
        }
        try {
            task.run();
        } catch (LinkageError e) {
            broken = true;
            log.warn("Sentence model unavailable, no article vectors computed: {}",
                    e.toString());
        } catch (RuntimeException e) {
            log.warn("Sentence vectors not computed this time: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
