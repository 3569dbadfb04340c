package org.touchmap.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The medical-clinic journey map, built in code: the content of
 * {@code assets/samples/medical-clinic.cjm} and a realistic map for tests.
 */
public final class MedicalClinicMap {
    private final JourneyMap map = new JourneyMap("Medical clinic: a new patient's first visit");

    private MedicalClinicMap() {
    }

    public static JourneyMap build() {
        return new MedicalClinicMap().fill();
    }

    private JourneyMap fill() {
        map.setDescription("How a person with a seasonal allergy finds the clinic, books a first "
                + "appointment and comes back. Ratings come from the spring patient survey and call recordings.");
        map.setIndustry("Medical clinic");
        map.setTemplate("medical-clinic");
        map.setPersona(new Persona("Anna, 34",
                "Office manager, lives 15 minutes from the clinic, two children",
                "Values her time, trusts reviews of other parents, distrusts aggressive sales",
                "Searches on her phone in the evening, prefers chat to calling",
                "A specialist who sees her soon, clear prices",
                "Get rid of the spring allergy before the holidays",
                "Book in five minutes, one visit instead of three",
                "Waiting on hold, paper forms, spam after the visit"));
        map.setCompetitorNotes("The competitor across the street answers the phone at the first ring "
                + "and has a doctor's Q&A blog that parents like.");
        map.setCreated(Instant.parse("2026-03-02T09:00:00Z"));
        map.setModified(Instant.parse("2026-03-16T17:40:00Z"));

        stage("awareness", "Problem awareness", "The customer notices a need and starts to look for a solution.",
                "Is this worth seeing a doctor about?", "Pre-sale", 12000L);
        stage("search", "Information search", "The customer looks for clinics and doctors.",
                "Who treats this near me?", "Pre-sale", 1800L);
        stage("compare", "Comparison of options", "The customer weighs prices, doctors and reviews.",
                "Which clinic can I trust with my family?", "Sale", 640L);
        stage("decide", "Purchase decision", "The customer books and comes for the first visit.",
                "Can I get in soon and without hassle?", "Sale", 210L);
        stage("after", "Post-purchase reaction", "The customer judges the result and decides to return.",
                "Was it worth it? Will I come back?", "Post-sale", 180L);

        map.addLane(lane("online", "Online"));
        map.addLane(lane("offline", "Offline"));

        Touchpoint ad = tp("tp-ad", "Contextual ad \"Allergist, no queues\"", "awareness", "online", 0, 0,
                "contextual-ad", Rating.NEUTRAL);
        ad.setDescription("Search ad shown for \"allergy doctor\" and \"allergy test\" in the district.");
        ad.setCriteria(scores("clarity", 4, "speed", 4, "friendliness", 3, "consistency", 3));
        ad.setMetrics(Map.of(Metric.CONVERSION_PERCENT, 3.1, Metric.COST, 420.0));
        ad.setAttention(Attention.SHORT);
        ad.setLifespan(Lifespan.RECURRING);
        ad.setEvidence(Evidence.OBSERVED);
        ad.setOwner("Marketing");

        Touchpoint results = tp("tp-search", "Search results and maps", "awareness", "online", 0, 90,
                "search-results", Rating.POSITIVE);
        results.setDescription("The clinic shows on the map with 4.7 stars and opening hours.");
        results.setEvidence(Evidence.ASSUMED);

        Touchpoint page = tp("tp-page", "Allergology service page", "search", "online", 0, 0,
                "web-page", Rating.POSITIVE);
        page.setDescription("Service page with doctors, prices and a booking button.");
        page.setCriteria(scores("functionality", 4, "convenience", 4, "mobile-version", 3, "speed", 4,
                "design", 4, "useful-information", 5, "feedback-options", 4));
        page.setMetrics(Map.of(Metric.BOUNCE_PERCENT, 38.0, Metric.TIME_TO_TARGET_SECONDS, 95.0));
        page.setKeyPoint(true);
        page.setEvidence(Evidence.OBSERVED);
        page.setOwner("Web team");
        page.setIdeas("Show the nearest free slot right on the page.");

        Touchpoint chat = tp("tp-chat", "Question in the site chat", "search", "online", 0, 90,
                "online-chat", Rating.NEGATIVE);
        chat.setDescription("Asks whether children can be tested for allergies too.");
        chat.setCriteria(scores("reply-speed", 2, "politeness", 4, "competence", 3, "convenience", 4));
        chat.setPainPoints("The answer came after 25 minutes; by then she had closed the tab.");
        chat.setIdeas("Chat bot answers the five common questions at once; an operator within 3 minutes.");
        chat.setEmotion(-1);
        chat.setEvidence(Evidence.OBSERVED);
        chat.setOwner("Contact centre");
        chat.setCompetitor(CompetitorComparison.WORSE);

        Touchpoint blog = tp("tp-blog", "Doctor's Q&A blog", "compare", "online", 0, 0,
                "blog", Rating.UNRATED);
        blog.setDescription("A blog where doctors answer parents' questions — the competitor has one, we do not.");
        blog.setEvidence(Evidence.PROPOSED);
        blog.setCompetitor(CompetitorComparison.WE_LACK_IT);

        Touchpoint reviews = tp("tp-reviews", "Reviews on a doctor-rating site", "compare", "online", 0, 90,
                "third-party-reviews", Rating.POSITIVE);
        reviews.setDescription("Reads reviews of the two allergists before choosing one.");
        reviews.setCriteria(scores("clarity", 4, "friendliness", 5, "consistency", 4));
        reviews.setMetrics(Map.of(Metric.NPS, 46.0));

        Touchpoint phone = tp("tp-phone", "Booking by phone", "compare", "offline", 0, 0,
                "phone-call", Rating.NEGATIVE);
        phone.setDescription("Calls to book the first appointment.");
        phone.setCriteria(scores("answer-speed", 2, "waiting-experience", 1, "politeness", 4, "sales-script", 3));
        phone.setPainPoints("Picked up at the sixth ring, then three minutes on hold with loud music.");
        phone.setIdeas("Call-back within 10 minutes instead of hold; second operator in the morning peak.");
        phone.setKeyPoint(true);
        phone.setEmotion(-2);
        phone.setMetrics(Map.of(Metric.CONVERSION_PERCENT, 62.0));
        phone.setEvidence(Evidence.OBSERVED);
        phone.setOwner("Contact centre");
        phone.setCompetitor(CompetitorComparison.WORSE);

        Touchpoint reception = tp("tp-reception", "Check-in at reception", "decide", "offline", 0, 0,
                "reception-desk", Rating.POSITIVE);
        reception.setDescription("The receptionist greets her by name and offers water for the children.");
        reception.setCriteria(scores("waiting-time", 4, "politeness", 5, "competence", 4, "ambience", 5,
                "cleanliness", 5));
        reception.setEvidence(Evidence.OBSERVED);
        reception.setOwner("Clinic administrator");

        Touchpoint form = tp("tp-form", "Patient card and questionnaire", "decide", "offline", 0, 90,
                "printed-materials", Rating.NEUTRAL);
        form.setDescription("Fills in a four-page paper questionnaire in the waiting room.");
        form.setCategory(TouchpointCategory.MATERIAL_OR_CONTENT);
        form.setCriteria(scores("clarity", 3, "speed", 2, "friendliness", 3, "consistency", 3));
        form.setPainPoints("Fifteen minutes of handwriting with a child on her lap.");
        form.setIdeas("Send the questionnaire as a link with the booking confirmation.");
        form.setEvidence(Evidence.OBSERVED);

        Touchpoint doctor = tp("tp-doctor", "Consultation with the allergist", "decide", "offline", 180, 0,
                "consultation", Rating.POSITIVE);
        doctor.setDescription("Tests, diagnosis and a treatment plan explained in plain words.");
        doctor.setCriteria(scores("waiting-time", 3, "politeness", 5, "competence", 5, "ambience", 4,
                "cleanliness", 5));
        doctor.setKeyPoint(true);
        doctor.setEmotion(2);
        doctor.setMetrics(Map.of(Metric.CSAT, 92.0));
        doctor.setEvidence(Evidence.OBSERVED);
        doctor.setOwner("Medical director");

        Touchpoint payment = tp("tp-payment", "Payment at the desk", "decide", "offline", 180, 90,
                "payment", Rating.NEUTRAL);
        payment.setDescription("Pays by card; the receipt lists tests she did not expect.");
        payment.setPainPoints("Price of the tests was not on the site.");
        payment.setLifespan(Lifespan.ONE_OFF);

        Touchpoint review = tp("tp-review", "Positive review on a rating site", "after", "online", 0, 0,
                "third-party-reviews", Rating.POSITIVE);
        review.setDescription("Leaves five stars after the clinic's thank-you message asks for feedback.");
        review.setMetrics(Map.of(Metric.NPS, 58.0));

        Touchpoint mailing = tp("tp-mailing", "SMS and e-mail offers", "after", "online", 0, 90,
                "sms", Rating.NEGATIVE);
        mailing.setDescription("Weekly offers: check-ups, vaccinations, partner discounts.");
        mailing.setCriteria(scores("reply-speed", 3, "politeness", 3, "competence", 2, "convenience", 2));
        mailing.setPainPoints("Three messages a week; most offers are not about allergies.");
        mailing.setIdeas("One message a month, chosen by the patient's history; easy unsubscribe.");
        mailing.setLifespan(Lifespan.RECURRING);
        mailing.setAttention(Attention.SHORT);
        mailing.setMetrics(Map.of(Metric.BOUNCE_PERCENT, 71.0));

        Touchpoint reminder = tp("tp-reminder", "Check-up reminder", "after", "offline", 0, 0,
                "phone-call", Rating.POSITIVE);
        reminder.setDescription("Before next spring the nurse calls to offer a check-up before the season.");
        reminder.setKeyPoint(true);
        reminder.setEvidence(Evidence.PROPOSED);

        Chain visit = new Chain("ch-first-visit", "First visit", "#0072b2");
        visit.setDescription("From the first ad to a loyal patient: the main chain of the clinic.");
        link(visit, ad, page, chat, phone, reception, form, doctor, review, mailing);
        Chain repeat = new Chain("ch-repeat", "Seasonal check-up", "#d55e00");
        repeat.setDescription("The final chord: a reminder brings the patient back before the next season.");
        link(repeat, reminder, reception);
        visit.setNextChainId(repeat.id());
        map.addChain(visit);
        map.addChain(repeat);
        return map;
    }

    private void stage(String id, String name, String description, String question, String phase, Long visitors) {
        Stage stage = new Stage(id, name);
        stage.setDescription(description);
        stage.setCustomerQuestion(question);
        stage.setPhase(phase);
        stage.setVisitors(visitors);
        map.addStage(stage);
    }

    private static Lane lane(String id, String name) {
        return new Lane(id, name);
    }

    private Touchpoint tp(String id, String name, String stage, String lane, double x, double y,
                          String channel, Rating rating) {
        Touchpoint tp = new Touchpoint(id, name, stage, lane);
        tp.applyChannelDefaults(ChannelCatalog.resolve(channel));
        // In the Online and Offline lanes the lane says where a card is, as in the bundled sample.
        LanePresence.of(map, lane).ifPresent(tp::setPresence);
        tp.setX(x);
        tp.setY(y);
        tp.setRating(rating);
        map.addTouchpoint(tp);
        return tp;
    }

    private static Map<String, Integer> scores(Object... idsAndScores) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            scores.put((String) idsAndScores[i], (Integer) idsAndScores[i + 1]);
        }
        return scores;
    }

    private static void link(Chain chain, Touchpoint... touchpoints) {
        for (int i = 0; i + 1 < touchpoints.length; i++) {
            chain.addLink(new ChainLink(touchpoints[i].id(), touchpoints[i + 1].id()));
        }
    }
}
