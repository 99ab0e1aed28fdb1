package org.portico.messaging.internal.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.messaging.BotRequest;
import org.portico.messaging.BotTurn;
import org.portico.messaging.ChatBot;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The chat bot: recognises the intent of a message with a model trained on the stored intents'
 * phrases, does the intent's task when it is confident, else answers from the best matching
 * published article, else says it did not understand and offers a person.
 *
 * <p>The model is trained at start-up and again when intents change, on this node or another
 * (checked at most every few seconds, when a message comes).
 */
@Service
class IntentBot implements ChatBot {

    static final String KNOWLEDGE = "knowledge";
    private static final Logger log = LoggerFactory.getLogger(IntentBot.class);
    private static final int MAX_TEXT = 1000;
    private static final int ARTICLES_CONSIDERED = 3;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    /** How far back a chain of follow-ups is read. */
    private static final int FOLLOW_UPS = 3;

    private final BotIntentStore store;
    private final BotAnswers answers;
    private final KnowledgeSuggestions knowledge;
    private final SentenceEncoder encoder;
    private final double threshold;
    private final boolean commandMode;
    private final Clock clock;
    private volatile Trained trained;
    private volatile Instant checkedAt = Instant.MIN;

    private record Trained(IntentModel model, Map<String, BotIntent> intents,
            String fingerprint) {
    }

    IntentBot(BotIntentStore store, BotAnswers answers, KnowledgeSuggestions knowledge,
            SentenceEncoder encoder, BotSettings settings, PorticoProperties properties,
            Clock clock) {
        this.store = store;
        this.answers = answers;
        this.knowledge = knowledge;
        this.encoder = encoder;
        this.threshold = settings.confidenceThreshold();
        this.commandMode = properties.commandMode();
        this.clock = clock;
    }

    /**
     * Stores the built-in intents at start; the model itself is trained on the first message,
     * so that the sentence model's memory and CPU are not spent on a node nobody chats with.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareAtStart() {
        if (!commandMode) {
            addMissingBuiltIns();
        }
    }

    @Override
    public BotTurn reply(BotRequest request) {
        try {
            return replyTo(request);
        } catch (RuntimeException e) {
            log.warn("The bot could not answer a message on site {}", request.site(), e);
            return notUnderstood(request, 0);
        }
    }

    /** The intent the model recognises, before any threshold, for the console's try box. */
    IntentModel.Prediction recognise(String text) {
        return current().model().predict(clip(text));
    }

    double threshold() {
        return threshold;
    }

    private BotTurn replyTo(BotRequest request) {
        String text = clip(request.text());
        if (text.isBlank()) {
            return new BotTurn(LabelledText.OUT_OF_SCOPE, 0, answers.text(request,
                    "bot.answer.empty"), null, null, BotTurn.Action.CONTINUE);
        }
        Trained model = current();
        IntentModel.Prediction prediction = model.model().predict(text).decided(threshold);
        BotIntent intent = model.intents().get(prediction.intent());
        if (intent != null) {
            return answers.answer(intent, prediction.confidence(), request);
        }
        Optional<Recognised> earlier = FollowUps.looksLikeFollowUp(text)
                ? earlierIntent(model, request.earlierTexts()) : Optional.empty();
        if (earlier.isPresent()) {
            return answers.answer(earlier.get().intent(), earlier.get().confidence(), request);
        }
        return knowledgeAnswer(request, text, prediction.confidence());
    }

    /**
     * The intent of the customer's latest earlier message that had one, reading back over
     * follow-ups only ("what is the status of my case" → "and the other one?" → "and the
     * third?"). Greetings and asking for a person are not carried forward.
     */
    private Optional<Recognised> earlierIntent(Trained model, List<String> earlierTexts) {
        List<String> earlier = earlierTexts == null ? List.of() : earlierTexts;
        for (int i = earlier.size() - 1; i >= Math.max(0, earlier.size() - FOLLOW_UPS); i--) {
            String text = clip(earlier.get(i));
            IntentModel.Prediction prediction = model.model().predict(text).decided(threshold);
            BotIntent intent = model.intents().get(prediction.intent());
            if (intent != null) {
                boolean carried = intent.task() != BotTask.GREETING
                        && intent.task() != BotTask.HAND_OVER;
                return carried ? Optional.of(new Recognised(intent, prediction.confidence()))
                        : Optional.empty();
            }
            if (!FollowUps.looksLikeFollowUp(text)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private record Recognised(BotIntent intent, double confidence) {
    }

    private BotTurn knowledgeAnswer(BotRequest request, String text, double confidence) {
        Optional<ArticleSuggestion> found = knowledge.suggest(request.site(), text,
                        BotAnswers.locale(request), ARTICLES_CONSIDERED).stream()
                .filter(suggestion -> ArticleRelevance.isAbout(text, suggestion)).findFirst();
        if (found.isEmpty()) {
            return notUnderstood(request, confidence);
        }
        ArticleSuggestion article = found.get();
        String snippet = article.snippet() == null || article.snippet().isBlank()
                ? article.title() : article.snippet();
        return new BotTurn(KNOWLEDGE, confidence, snippet, article.title(), article.url(),
                BotTurn.Action.ASK_IF_HELPFUL);
    }

    private BotTurn notUnderstood(BotRequest request, double confidence) {
        return new BotTurn(LabelledText.OUT_OF_SCOPE, confidence,
                answers.text(request, "bot.answer.notUnderstood"), null, null,
                BotTurn.Action.HAND_OVER);
    }

    private static String clip(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
    }

    private Trained current() {
        Trained model = trained;
        Instant now = clock.instant();
        if (model == null) {
            return retrain();
        }
        if (now.isAfter(checkedAt.plus(CHECK_EVERY))) {
            checkedAt = now;
            if (!model.fingerprint().equals(store.fingerprint())) {
                return retrain();
            }
        }
        return model;
    }

    /** Trains a new model from the stored intents (adding missing built-in ones first). */
    synchronized Trained retrain() {
        addMissingBuiltIns();
        String fingerprint = store.fingerprint();
        List<BotIntent> intents = store.all();
        List<LabelledText> examples = new ArrayList<>();
        for (BotIntent intent : intents) {
            intent.phrasesEn().forEach(p -> examples.add(new LabelledText(p, intent.name())));
            intent.phrasesZh().forEach(p -> examples.add(new LabelledText(p, intent.name())));
        }
        BuiltInIntents.OUT_OF_SCOPE.forEach(p ->
                examples.add(new LabelledText(p, LabelledText.OUT_OF_SCOPE)));
        long started = System.nanoTime();
        IntentModel model = IntentModel.train(examples, encoder);
        log.info("Bot trained on {} phrases of {} intents in {} ms", examples.size(),
                intents.size(), (System.nanoTime() - started) / 1_000_000);
        trained = new Trained(model, intents.stream().collect(
                Collectors.toMap(BotIntent::name, Function.identity())), fingerprint);
        checkedAt = clock.instant();
        return trained;
    }

    private void addMissingBuiltIns() {
        for (BuiltInIntents.Definition definition : BuiltInIntents.ALL) {
            if (!store.exists(definition.name())) {
                try {
                    store.add(definition.name(), definition.task(), null, null, true,
                            definition.phrasesEn(), definition.phrasesZh());
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    log.debug("Built-in intent {} was added by another node", definition.name());
                }
            }
        }
    }

    static Locale localeOf(String language) {
        return "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
