package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.backend.analysis.AnalysisToken;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@link SearchVocabulary} on an OpenSearch or Elasticsearch cluster, where no index reader
 * can be opened: the cluster splits the query with the English analyzer, then one request
 * counts, for every word at once, the articles whose English title or body holds it (a word
 * none holds is unknown) and those whose body does (as the embedded index counts common words).
 */
@Component
@ConditionalOnProperty(name = SearchVocabulary.BACKEND, havingValue = "elasticsearch")
class ClusterVocabulary implements SearchVocabulary {

    private static final AggregationKey<JsonObject> COUNTS = AggregationKey.of("words");

    private final EntityManagerFactory entityManagerFactory;

    ClusterVocabulary(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public List<Word> words(SearchSession session, String text, int limit) {
        List<? extends AnalysisToken> tokens = Search.mapping(entityManagerFactory)
                .indexedEntity(Article.class).indexManager()
                .analyze(SearchAnalysis.ENGLISH, text);
        tokens = tokens.subList(0, Math.min(limit, tokens.size()));
        if (tokens.isEmpty()) {
            return List.of();
        }
        JsonObject filters = new JsonObject();
        for (int i = 0; i < tokens.size(); i++) {
            filters.add(String.valueOf(i), inTitleOrBody(tokens.get(i).term()));
            filters.add("body" + i,
                    object("term", object("body_en", new JsonPrimitive(tokens.get(i).term()))));
        }
        JsonObject aggregation = new JsonObject();
        aggregation.add("filters", object("filters", filters));
        var counted = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchAll())
                .aggregation(COUNTS, f -> f.fromJson(aggregation))
                .fetch(0);
        long articles = counted.total().hitCount();
        JsonObject buckets = counted.aggregation(COUNTS).getAsJsonObject("buckets");
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            AnalysisToken token = tokens.get(i);
            long count = buckets.getAsJsonObject(String.valueOf(i)).get("doc_count").getAsLong();
            long inBodies = buckets.getAsJsonObject("body" + i).get("doc_count").getAsLong();
            words.add(new Word(text.substring(token.startOffset(), token.endOffset()),
                    count == 0, SearchVocabulary.isCommon(inBodies, articles)));
        }
        return words;
    }

    @Override
    public boolean hasArticlesIn(SearchSession session, String language) {
        return session.search(Article.class)
                .where(f -> f.match().field("language").matching(language))
                .fetchTotalHitCount() > 0;
    }

    /** The cluster's index is shared and rebuilt once for all nodes: its keys are there. */
    @Override
    public boolean hasReadersKey(SearchSession session, String key) {
        return true;
    }

    /** The nodes share the cluster's index, which a rebuild request renews for all. */
    @Override
    public boolean isOutdated() {
        return false;
    }

    /** The articles whose English title or body holds the (already analyzed) term. */
    private static JsonObject inTitleOrBody(String term) {
        JsonArray should = new JsonArray();
        should.add(object("term", object("title_en", new JsonPrimitive(term))));
        should.add(object("term", object("body_en", new JsonPrimitive(term))));
        return object("bool", object("should", should));
    }

    private static JsonObject object(String name, JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(name, value);
        return object;
    }
}
