package org.touchmap.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words people use for each catalog channel when they type a card's name, in English, Russian and
 * Serbian (Cyrillic and Latin), with common synonyms and brand names. One entry is a phrase of one or more
 * words; a word ending in {@code *} is a stem that matches any word starting with it (Russian and Serbian
 * inflect: "сайт*" matches "сайте", "сайта"), any other word matches itself and its plural in "s".
 * Longer phrases win over shorter ones (see {@link ChannelGuess}), so "Instagram post" is a post, not a page.
 */
final class ChannelWords {
    private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

    static {
        words("web-page", "website", "web site", "site", "webpage", "web page", "homepage", "home page",
                "online menu", "сайт", "сайта", "сайте", "сайтом", "сайты", "веб сайт*", "веб-сайт*", "страниц* сайт*", "сајт*", "веб сајт*", "sajt*");
        words("landing-page", "landing", "landing page", "лендинг*", "посадочн* страниц*", "одредишн* страниц*");
        words("online-chat", "chat", "live chat", "site chat", "web chat", "chatbot", "чат*", "онлайн чат*",
                "ћаскањ*", "чет", "četovanj*", "ćaskanj*");
        words("contact-form", "contact form", "form", "request form", "форм* заявк*", "форм* обратн* связ*",
                "форм*", "образац", "обрасц*", "контакт образац", "formular*");
        words("callback-request", "callback", "call back", "call-back", "обратн* звон*", "перезвон*",
                "повратн* позив*");
        words("blog", "blog", "article", "blog post", "блог*", "стать*", "чланак", "чланц*", "članak", "članc*");
        words("webinar", "webinar", "white paper", "whitepaper", "вебинар*", "вебинар*", "vebinar*");
        words("social-page", "social", "social network", "social media", "instagram", "facebook", "vk", "vkontakte",
                "linkedin", "tiktok", "youtube", "соцсет*", "социальн* сет*", "инстаграм*", "вконтакт*", "вк",
                "фейсбук*", "ютуб*", "тикток*", "друштвен* мреж*", "инстаграм*", "фејсбук*", "društven* mrež*");
        words("social-post", "post", "instagram post", "facebook post", "story", "stories", "reel",
                "instagram story", "post on instagram", "post on facebook", "пост в инстаграм*", "пост в соцсет*", "пост в вк", "пост во вконтакт*", "публикац* в инстаграм*", "публикац* в соцсет*", "објав* на инстаграм*", "објав* на друштвен* мреж*", "objav* na instagram*", "пост", "посты", "поста", "посте", "постом", "публикац*", "сторис", "рилс", "объявлени* в соцсет*", "објав*", "objav*");
        words("social-ads", "social ads", "facebook ads", "instagram ads", "targeted ads", "targeting", "таргет*",
                "реклам* в соцсет*", "реклам* в инстаграм*", "таргетирован* реклам*",
                "оглас* на друштвен* мреж*", "оглас* на инстаграм*", "oglas* na instagram*");
        words("comments-messages", "comment", "comments", "direct message", "dm", "direct", "комментари*",
                "директ", "в директ", "личн* сообщени*", "коментар*", "директн* порук*", "komentar*");
        words("email-newsletter", "email", "e-mail", "e mail", "newsletter", "mailing", "mail", "рассылк*",
                "письм*", "e-mail рассылк*", "имейл*", "емейл*", "мејл*", "имејл*", "билтен*", "mejl*", "imejl*");
        words("commercial-offer", "commercial offer", "quote", "proposal", "коммерческ* предложени*", "кп",
                "комерцијалн* понуд*", "ponud*");
        words("contextual-ad", "contextual ad", "google ads", "search ads", "ppc", "adwords", "yandex direct",
                "контекстн* реклам*", "яндекс директ*", "директолог*", "контекстуалн* оглас*", "google оглас*");
        words("banner-ad", "banner", "banner ad", "display ad", "ad", "advert", "advertisement", "баннер*", "реклам*",
                "банер*", "оглас*", "рекламн*", "baner*", "oglas*", "reklam*");
        words("search-results", "search", "google", "yandex", "seo", "search results", "search engine",
                "поиск*", "поисков* выдач*", "выдач*", "гугл*", "яндекс*", "претраг*", "претраживач*", "pretrag*");
        words("third-party-reviews", "review", "reviews", "tripadvisor", "yelp", "google maps", "2gis", "rating site",
                "отзыв*", "2гис", "яндекс карт*", "рецензиј*", "утис*", "recenzij*", "utis*");
        words("marketplace", "marketplace", "amazon", "ebay", "etsy", "ozon", "wildberries", "маркетплейс*",
                "озон*", "вайлдберриз", "онлајн тржишт*", "маркетплејс*", "kupujemprodajem");
        words("messenger", "messenger", "whatsapp", "telegram", "viber", "signal", "мессенджер*", "вотсап*",
                "вацап*", "ватсап*", "телеграм*", "вайбер*", "месинџер*", "вајбер*", "messendžer*");
        words("phone-call", "phone", "call", "phone call", "telephone", "hotline", "calling", "телефон*", "звон*",
                "позвон*", "звонок", "горяч* лини*", "позив*", "телефонск* позив*", "позов*", "poziv*", "telefon*");
        words("sms", "sms", "text message", "смс*", "sms-рассылк*", "смс порук*");
        words("mobile-app", "app", "mobile app", "application", "приложени*", "мобильн* приложени*",
                "апликациј*", "мобилн* апликациј*", "aplikacij*");
        words("store-visit", "store", "shop", "office", "showroom", "visit", "counter", "shop window", "магазин*",
                "офис*", "визит*", "салон*", "витрин*", "продавниц*", "канцелариј*", "посет* продавниц*", "radnj*", "продавниц*",
                "prodavnic*", "радњ*", "izlog*", "излог*");
        words("reception-desk", "reception", "front desk", "registration", "check-in", "check in", "ресепшн*",
                "ресепшен*", "регистратур*", "рецепциј*", "recepcij*");
        words("consultation", "consultation", "meeting", "appointment", "consultant", "консультац*", "встреч*",
                "приём*", "прием*", "консултациј*", "састан*", "konsultacij*", "sastan*");
        words("delivery", "delivery", "courier", "shipping", "shipment", "доставк*", "достав*", "курьер*", "курир*",
                "dostav*", "kurir*");
        words("packaging", "packaging", "package", "box", "wrapping", "упаковк*", "коробк*", "паковањ*", "кутиј*",
                "pakovanj*", "kutij*");
        words("printed-materials", "leaflet", "flyer", "brochure", "booklet", "catalogue", "catalog", "printed",
                "business card", "листовк*", "флаер*", "буклет*", "брошюр*", "каталог*", "визитк*", "печатн*",
                "летак*", "флајер*", "брошур*", "штампан*", "визиткарт*", "letak*", "flajer*");
        words("outdoor-ads", "billboard", "signage", "sign", "poster", "outdoor", "shop sign", "вывеск*",
                "билборд*", "наружн* реклам*", "плакат*", "натпис*", "билборд*", "bilbord*", "plakat*", "natpis*");
        words("tv-radio", "tv", "radio", "television", "тв", "телевиз*", "радио*", "телевизиј*", "televizij*");
        words("event", "event", "fair", "exhibition", "festival", "expo", "conference", "выставк*", "мероприят*",
                "ярмарк*", "фестивал*", "конференц*", "сајам", "сајм*", "догађај*", "фестивал*", "sajam", "događaj*");
        words("word-of-mouth", "word of mouth", "referral", "recommendation", "friend", "friends", "сарафан*",
                "рекомендац*", "друз*", "препорук*", "пријатељ*", "усмен*", "preporuk*", "prijatelj*");
        words("payment", "payment", "pay", "checkout", "cashier", "till", "receipt", "cash", "card payment",
                "оплат*", "платеж*", "касс*", "чек", "эквайринг*", "плаћањ*", "платн* картиц*", "кас*", "рачун*", "plaćanj*",
                "placanj*", "kas*");
        words("service-delivery", "service delivery", "treatment", "haircut", "оказани* услуг*", "процедур*",
                "пружањ* услуг*", "третман*", "tretman*");
        words("support-complaint", "support", "complaint", "complaints", "help desk", "helpdesk", "return",
                "refund", "поддержк*", "жалоб*", "претензи*", "возврат*", "подршк*", "жалб*", "рекламациј*", "поврат*",
                "podršk*", "žalb*", "reklamacij*");
        words("loyalty-programme", "loyalty", "loyalty card", "stamp card", "loyalty programme", "loyalty program",
                "bonus", "bonuses", "points", "cashback", "лояльн*", "бонус*", "скидочн* карт*", "накопительн*",
                "кэшбэк*", "лојалн*", "бонус*", "картиц* лојалн*", "lojaln*", "bonus*");
        words("warranty-repair", "warranty", "repair", "guarantee", "гаранти*", "ремонт*", "гаранциј*", "поправк*",
                "garancij*", "popravk*");
    }

    private ChannelWords() {
    }

    private static void words(String channelId, String... phrases) {
        WORDS.put(channelId, List.of(phrases));
    }

    /** Channel id to its phrases, in catalog order. */
    static Map<String, List<String>> all() {
        return WORDS;
    }
}
