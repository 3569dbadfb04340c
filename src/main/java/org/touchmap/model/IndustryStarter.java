package org.touchmap.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.touchmap.model.StarterCard.card;
import static org.touchmap.model.StarterCard.keyCard;

/**
 * A stage set with the touchpoints a business of one industry typically has already placed, unrated,
 * and one chain through the usual path, so an owner only has to rate, rename and add.
 */
public enum IndustryStarter implements MapTemplate {
    ONLINE_STORE("online-store", StageTemplate.ONLINE_STORE_STAGES, List.of(
            card("social-ad", "awareness", "online", "social-ads"),
            card("search", "awareness", "online", "search-results"),
            keyCard("product-page", "consideration", "online", "web-page"),
            card("reviews", "consideration", "online", "third-party-reviews"),
            keyCard("cart", "intent", "online", "web-page"),
            card("chat", "intent", "online", "online-chat"),
            keyCard("checkout", "purchase", "online", "payment"),
            card("confirmation", "purchase", "online", "email-newsletter"),
            card("delivery", "post-purchase", "offline", "delivery"),
            card("unpacking", "post-purchase", "offline", "packaging"),
            card("returns", "post-purchase", "online", "support-complaint"),
            card("newsletter", "loyalty", "online", "email-newsletter"),
            card("bonus", "loyalty", "online", "loyalty-programme")),
            List.of("social-ad", "product-page", "cart", "checkout", "confirmation", "delivery", "unpacking",
                    "newsletter")),
    MEDICAL_CLINIC("medical-clinic", StageTemplate.FIVE_DECISIONS, List.of(
            card("ad", "awareness", "online", "contextual-ad"),
            card("recommendation", "awareness", "offline", "word-of-mouth"),
            card("search", "search", "online", "search-results"),
            keyCard("service-page", "search", "online", "web-page"),
            card("reviews", "compare", "online", "third-party-reviews"),
            keyCard("booking-call", "compare", "offline", "phone-call"),
            card("reception", "decide", "offline", "reception-desk"),
            keyCard("appointment", "decide", "offline", "consultation"),
            card("payment", "decide", "offline", "payment"),
            card("reminder", "after", "online", "sms"),
            card("review", "after", "online", "third-party-reviews")),
            List.of("ad", "service-page", "booking-call", "reception", "appointment", "payment", "reminder")),
    BEAUTY_SALON("beauty-salon", StageTemplate.CLIENT_FUNNEL, List.of(
            card("portfolio-post", "request", "online", "social-post"),
            card("recommendation", "request", "offline", "word-of-mouth"),
            keyCard("salon-page", "search", "online", "social-page"),
            card("map-listing", "search", "online", "search-results"),
            card("price-question", "compare", "online", "messenger"),
            card("reviews", "compare", "online", "third-party-reviews"),
            keyCard("booking", "purchase", "online", "contact-form"),
            keyCard("visit", "purchase", "offline", "service-delivery"),
            card("payment", "purchase", "offline", "payment"),
            card("next-visit", "loyal", "online", "sms"),
            card("loyalty-card", "loyal", "offline", "loyalty-programme")),
            List.of("portfolio-post", "salon-page", "price-question", "booking", "visit", "payment", "next-visit")),
    B2B_SERVICES("b2b-services", StageTemplate.SALES_PHASES, List.of(
            card("conference", "awareness", "offline", "event"),
            card("articles", "awareness", "online", "blog"),
            card("cases", "consideration", "online", "web-page"),
            card("webinar", "consideration", "online", "webinar"),
            keyCard("request", "consideration", "online", "contact-form"),
            card("meeting", "decision", "offline", "consultation"),
            keyCard("offer", "decision", "online", "commercial-offer"),
            card("follow-up", "decision", "offline", "phone-call"),
            keyCard("delivery", "retention", "offline", "service-delivery"),
            card("reports", "retention", "online", "email-newsletter"),
            card("support", "retention", "online", "support-complaint")),
            List.of("conference", "cases", "request", "meeting", "offer", "delivery", "reports"));

    private final String id;
    private final StageTemplate stages;
    private final List<StarterCard> cards;
    private final List<String> path;

    IndustryStarter(String id, StageTemplate stages, List<StarterCard> cards, List<String> path) {
        this.id = id;
        this.stages = stages;
        this.cards = cards;
        this.path = path;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public StageTemplate stageTemplate() {
        return stages;
    }

    public List<StarterCard> cards() {
        return cards;
    }

    /** Ids of the cards the starter's chain runs through, in order. */
    public List<String> path() {
        return path;
    }

    @Override
    public String name(Locale locale) {
        return text(locale, "name");
    }

    @Override
    public String description(Locale locale) {
        return text(locale, "description");
    }

    String text(Locale locale, String part) {
        return TemplateText.get(locale, "starter." + id + "." + part);
    }

    /** The stage set's typical channels at the stage, and the channels of the starter's own cards there. */
    @Override
    public List<String> typicalChannels(String stageId) {
        Set<String> channels = new LinkedHashSet<>();
        cards.stream().filter(card -> card.stageId().equals(stageId)).forEach(card -> channels.add(card.channelId()));
        channels.addAll(stages.typicalChannels(stageId));
        return List.copyOf(channels);
    }

    public static Optional<IndustryStarter> byId(String id) {
        return Arrays.stream(values()).filter(starter -> starter.id.equals(id)).findFirst();
    }
}
