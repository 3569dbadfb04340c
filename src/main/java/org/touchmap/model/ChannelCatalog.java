package org.touchmap.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.touchmap.model.ChannelType.*;
import static org.touchmap.model.Control.CONTROLLED;
import static org.touchmap.model.Control.UNCONTROLLED;
import static org.touchmap.model.Presence.OFFLINE;
import static org.touchmap.model.Presence.ONLINE;
import static org.touchmap.model.TouchpointCategory.CHANNEL_OR_PLACE;
import static org.touchmap.model.TouchpointCategory.MATERIAL_OR_CONTENT;
import static org.touchmap.model.TouchpointCategory.SITUATION;

/** The built-in channels a touchpoint can use. A touchpoint may also name a channel not listed here. */
public final class ChannelCatalog {
    /** The channel a touchpoint falls back to when it names none, or one the catalog does not know. */
    public static final String OTHER = "other";

    private static final Map<String, Channel> CHANNELS = new LinkedHashMap<>();

    static {
        add("web-page", "mdi2w-web", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, SITE);
        add("landing-page", "mdi2r-rocket-launch-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, SITE);
        add("online-chat", "mdi2c-chat-processing-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, MESSENGER);
        add("contact-form", "mdi2f-form-select", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, SITE);
        add("callback-request", "mdi2p-phone-incoming", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, PHONE);
        add("blog", "mdi2p-post-outline", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, SITE);
        add("webinar", "mdi2p-presentation-play", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, SITE);
        add("social-page", "mdi2a-account-group-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, SOCIAL);
        add("social-post", "mdi2t-text-box-outline", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, SOCIAL);
        add("social-ads", "mdi2b-bullhorn-outline", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, SOCIAL);
        add("comments-messages", "mdi2c-comment-text-multiple-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, SOCIAL);
        add("email-newsletter", "mdi2e-email-newsletter", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, EMAIL);
        add("commercial-offer", "mdi2f-file-sign", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, EMAIL);
        add("contextual-ad", "mdi2a-advertisements", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, GENERIC);
        add("banner-ad", "mdi2i-image-outline", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, GENERIC);
        add("search-results", "mdi2m-magnify", ONLINE, CHANNEL_OR_PLACE, UNCONTROLLED, GENERIC);
        add("third-party-reviews", "mdi2s-star-half-full", ONLINE, MATERIAL_OR_CONTENT, UNCONTROLLED, GENERIC);
        add("marketplace", "mdi2s-storefront-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, SITE);
        add("messenger", "mdi2m-message-text-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, MESSENGER);
        add("phone-call", "mdi2p-phone", OFFLINE, CHANNEL_OR_PLACE, CONTROLLED, PHONE);
        add("sms", "mdi2m-message-processing-outline", ONLINE, MATERIAL_OR_CONTENT, CONTROLLED, MESSENGER);
        add("mobile-app", "mdi2c-cellphone", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, SITE);
        add("store-visit", "mdi2s-store", OFFLINE, CHANNEL_OR_PLACE, CONTROLLED, OFFLINE_PLACE);
        add("reception-desk", "mdi2d-desk", OFFLINE, CHANNEL_OR_PLACE, CONTROLLED, OFFLINE_PLACE);
        add("consultation", "mdi2h-handshake-outline", OFFLINE, CHANNEL_OR_PLACE, CONTROLLED, OFFLINE_PLACE);
        add("delivery", "mdi2t-truck-delivery-outline", OFFLINE, CHANNEL_OR_PLACE, CONTROLLED, DELIVERY);
        add("packaging", "mdi2p-package-variant-closed", OFFLINE, MATERIAL_OR_CONTENT, CONTROLLED, DELIVERY);
        add("printed-materials", "mdi2b-book-open-page-variant-outline", OFFLINE, MATERIAL_OR_CONTENT, CONTROLLED, GENERIC);
        add("outdoor-ads", "mdi2s-sign-real-estate", OFFLINE, MATERIAL_OR_CONTENT, CONTROLLED, GENERIC);
        add("tv-radio", "mdi2t-television-classic", OFFLINE, MATERIAL_OR_CONTENT, CONTROLLED, GENERIC);
        add("event", "mdi2c-calendar-star", OFFLINE, CHANNEL_OR_PLACE, CONTROLLED, OFFLINE_PLACE);
        add("word-of-mouth", "mdi2a-account-voice", OFFLINE, SITUATION, UNCONTROLLED, GENERIC);
        add("payment", "mdi2c-credit-card-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, GENERIC);
        add("service-delivery", "mdi2r-room-service-outline", OFFLINE, SITUATION, CONTROLLED, OFFLINE_PLACE);
        add("support-complaint", "mdi2l-lifebuoy", ONLINE, SITUATION, CONTROLLED, GENERIC);
        add("loyalty-programme", "mdi2g-gift-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, GENERIC);
        add("warranty-repair", "mdi2w-wrench-outline", OFFLINE, SITUATION, CONTROLLED, GENERIC);
        add(OTHER, "mdi2d-dots-horizontal-circle-outline", ONLINE, CHANNEL_OR_PLACE, CONTROLLED, GENERIC);
    }

    private ChannelCatalog() {
    }

    private static void add(String id, String icon, Presence presence, TouchpointCategory category,
                            Control control, ChannelType type) {
        CHANNELS.put(id, new Channel(id, icon, presence, category, control, type));
    }

    public static List<Channel> all() {
        return List.copyOf(CHANNELS.values());
    }

    public static Optional<Channel> byId(String id) {
        return Optional.ofNullable(id == null ? null : CHANNELS.get(id));
    }

    /** The catalog entry for {@code id}, or {@link #OTHER} for a custom or missing channel. */
    public static Channel resolve(String id) {
        return byId(id).orElse(CHANNELS.get(OTHER));
    }
}
