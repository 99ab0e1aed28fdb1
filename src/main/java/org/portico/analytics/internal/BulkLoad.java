package org.portico.analytics.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Tells the case listener that a bulk load is under way in this process, so that it leaves the
 * imported batches alone: counting every batch as it lands costs as much again as storing it,
 * and the loader builds the rollups once, set by set, when it has finished.
 */
@Component
class BulkLoad {

    private final AtomicInteger running = new AtomicInteger();

    /** Runs {@code load} with the per-batch counting switched off. */
    <T> T during(java.util.function.Supplier<T> load) {
        running.incrementAndGet();
        try {
            return load.get();
        } finally {
            running.decrementAndGet();
        }
    }

    boolean running() {
        return running.get() > 0;
    }
}
