package org.touchmap.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.touchmap.model.TemplateStage.of;

/**
 * The stage sets a new map can start from: the funnels the journey-mapping literature uses most.
 * Names, descriptions and customer questions come from the {@code templates} bundle.
 */
public enum StageTemplate implements MapTemplate {
    BEFORE_DURING_AFTER("purchase-3",
            of("before", null, "search-results", "social-page", "web-page", "word-of-mouth"),
            of("during", null, "payment", "consultation", "phone-call"),
            of("after", null, "support-complaint", "email-newsletter", "third-party-reviews", "loyalty-programme")),
    FIVE_DECISIONS("decision-5",
            of("awareness", null, "contextual-ad", "social-ads", "word-of-mouth"),
            of("search", null, "search-results", "web-page"),
            of("compare", null, "third-party-reviews", "phone-call", "online-chat"),
            of("decide", null, "payment", "consultation"),
            of("after", null, "third-party-reviews", "email-newsletter", "support-complaint")),
    SALES_PHASES("sales-4",
            of("awareness", "pre-sale", "contextual-ad", "event", "blog"),
            of("consideration", "sale", "web-page", "webinar", "contact-form"),
            of("decision", "sale", "commercial-offer", "consultation", "phone-call"),
            of("retention", "post-sale", "email-newsletter", "support-complaint", "loyalty-programme")),
    ONLINE_STORE_STAGES("ecommerce-6",
            of("awareness", "pre-purchase", "social-ads", "search-results", "contextual-ad"),
            of("consideration", "pre-purchase", "web-page", "third-party-reviews"),
            of("intent", "pre-purchase", "online-chat", "web-page"),
            of("purchase", "purchase", "payment", "email-newsletter"),
            of("post-purchase", "post-purchase", "delivery", "packaging", "support-complaint"),
            of("loyalty", "post-purchase", "email-newsletter", "loyalty-programme", "third-party-reviews")),
    CLIENT_FUNNEL("client-5",
            of("request", null, "word-of-mouth", "social-post"),
            of("search", null, "search-results", "social-page", "web-page"),
            of("compare", null, "third-party-reviews", "messenger", "phone-call"),
            of("purchase", null, "service-delivery", "payment"),
            of("loyal", null, "sms", "loyalty-programme", "third-party-reviews")),
    SERVICE_BLUEPRINT("blueprint-5",
            of("request", null, "phone-call", "web-page", "contact-form"),
            of("arrival", null, "reception-desk", "store-visit"),
            of("service", null, "service-delivery", "consultation"),
            of("payment", null, "payment"),
            of("follow-up", null, "sms", "email-newsletter", "third-party-reviews"));

    private final String id;
    private final List<TemplateStage> stages;

    StageTemplate(String id, TemplateStage... stages) {
        this.id = id;
        this.stages = List.of(stages);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public StageTemplate stageTemplate() {
        return this;
    }

    public List<TemplateStage> stages() {
        return stages;
    }

    @Override
    public String name(Locale locale) {
        return TemplateText.get(locale, "set." + id + ".name");
    }

    @Override
    public String description(Locale locale) {
        return TemplateText.get(locale, "set." + id + ".description");
    }

    String stageText(Locale locale, String stageId, String part) {
        return TemplateText.get(locale, "set." + id + ".stage." + stageId + "." + part);
    }

    /** The customer question a map made from this set gives the stage, in {@code locale}. */
    public String customerQuestion(Locale locale, String stageId) {
        return stageText(locale, stageId, "question");
    }

    /** The name a map made from this set gives the stage, in {@code locale}. */
    public String stageName(Locale locale, String stageId) {
        return stageText(locale, stageId, "name");
    }

    String phaseName(Locale locale, String phaseId) {
        return TemplateText.get(locale, "set." + id + ".phase." + phaseId);
    }

    /**
     * The lanes a map made from the set gets, top down, each named by its kind, where
     * {@link LaneKind#TOUCHPOINTS} stands for the set's lanes of cards (online and offline, or the
     * blueprint's one): what the customer thinks and where it hurts around the cards, the rows its
     * method uses, and the whole service blueprint for its own set.
     */
    public List<LaneKind> lanes() {
        return switch (this) {
            case BEFORE_DURING_AFTER, FIVE_DECISIONS, CLIENT_FUNNEL ->
                    List.of(LaneKind.THOUGHTS, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES);
            case SALES_PHASES -> List.of(LaneKind.GOALS, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS,
                    LaneKind.OPPORTUNITIES);
            case ONLINE_STORE_STAGES -> List.of(LaneKind.ACTIONS, LaneKind.FEELINGS, LaneKind.TOUCHPOINTS,
                    LaneKind.PAIN_POINTS);
            case SERVICE_BLUEPRINT -> List.of(LaneKind.PHYSICAL_EVIDENCE, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS,
                    LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT);
        };
    }

    @Override
    public List<String> typicalChannels(String stageId) {
        return stages.stream().filter(stage -> stage.id().equals(stageId))
                .findFirst().map(TemplateStage::typicalChannels).orElse(List.of());
    }

    public static Optional<StageTemplate> byId(String id) {
        return Arrays.stream(values()).filter(template -> template.id.equals(id)).findFirst();
    }
}
