package org.touchmap.edit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MapTemplates;
import org.touchmap.model.Presence;
import org.touchmap.model.Stage;
import org.touchmap.model.StageTemplate;
import org.touchmap.model.Touchpoint;
import org.touchmap.model.TouchpointCategory;

import static org.junit.jupiter.api.Assertions.*;

/** Values derived from others (presence from the lane, channel from the name, the template's question) stay true. */
class DerivedDataFollowsTheEditTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final JourneyMap map = SmallMap.build();
    private final CommandStack stack = new CommandStack(map);

    @Test
    void aCardMovedIntoTheOfflineLaneIsOfflineAndUndoMakesItOnlineAgain() {
        assertEquals(Presence.ONLINE, map.touchpoint("a").presence());

        stack.execute(MoveTouchpoints.toLane(map, List.of("a"), "l2"));

        assertEquals(Presence.OFFLINE, map.touchpoint("a").presence());
        stack.undo();
        assertEquals("l1", map.touchpoint("a").laneId());
        assertEquals(Presence.ONLINE, map.touchpoint("a").presence(), "one undo step takes both back");
        stack.redo();
        assertEquals(Presence.OFFLINE, map.touchpoint("a").presence());
    }

    @Test
    void aCardPastedIntoTheOfflineLaneIsOfflineWhateverItWasWhereItWasCopied() {
        assertEquals(Presence.ONLINE, map.touchpoint("a").presence());
        org.touchmap.model.Touchpoint copy = map.touchpoint("a").copyAs("pasted");
        copy.setLaneId("l2");

        stack.execute(AddTouchpoint.atEnd(copy));

        assertEquals(Presence.OFFLINE, map.touchpoint("pasted").presence());
        stack.undo();
        assertFalse(map.hasTouchpoint("pasted"));
    }

    @Test
    void aDragMergedFromManyMovesUndoesThePresenceToWhereTheDragBegan() {
        stack.execute(MoveTouchpoints.of("a", new Placement("s1", "l2", 0, 10)));
        stack.execute(MoveTouchpoints.of("a", new Placement("s1", "l1", 0, 20)));
        stack.execute(MoveTouchpoints.of("a", new Placement("s1", "l2", 0, 30)));

        assertEquals(Presence.OFFLINE, map.touchpoint("a").presence());
        stack.undo();
        assertEquals(Presence.ONLINE, map.touchpoint("a").presence());
        assertFalse(stack.canUndo(), "the drag was one step");
    }

    @Test
    void presenceFollowsTheLanesOfARussianOrSerbianTemplateToo() {
        for (String language : List.of("ru", "sr")) {
            JourneyMap made = MapTemplates.create(StageTemplate.CLIENT_FUNNEL, Locale.forLanguageTag(language), NOW);
            String offline = made.lane("offline").id();
            AddTouchpoint add = AddTouchpoint.newCard(made, "Сайт", ChannelCatalog.resolve(ChannelCatalog.OTHER),
                    new Placement("request", offline, 0, 0));
            new CommandStack(made).execute(add);

            assertEquals(Presence.OFFLINE, made.touchpoint(add.touchpointId()).presence(), language);
        }
    }

    @Test
    void aDragThatCrossedTheOfflineLaneRedoesToWhereItEnded() {
        map.addLane(new Lane("l3", "Partners"));
        stack.execute(MoveTouchpoints.of("a", new Placement("s1", "l2", 0, 10)));
        stack.execute(MoveTouchpoints.of("a", new Placement("s1", "l3", 0, 20)));
        JourneyMap afterTheDrag = map.copy();

        stack.undo();
        stack.redo();

        assertEquals(afterTheDrag, map);
    }

    @Test
    void lanesThatAreNotTheOnlineOfflinePairLeavePresenceAlone() {
        map.lane("l1").setName("Staff");
        map.lane("l2").setName("Offline");
        map.addLane(new Lane("l3", "Offline too"));

        stack.execute(MoveTouchpoints.toLane(map, List.of("a"), "l2"));

        assertEquals(Presence.ONLINE, map.touchpoint("a").presence(), "two lanes are named offline and none online");
    }

    @Test
    void renamingLanesSoThatTheyBecomeTheOnlineOfflinePairSetsTheirCardsPresenceInTheSameUndoStep() {
        stack.execute(LaneProperties.NAME.change("l2", "Shop"));
        stack.execute(TouchpointProperties.PRESENCE.change("c", Presence.ONLINE));
        assertEquals(Presence.ONLINE, map.touchpoint("c").presence(), "no pair, so presence is the person's");

        stack.execute(LaneProperties.NAME.change("l2", "Offline"));

        assertEquals(Presence.OFFLINE, map.touchpoint("c").presence());
        stack.undo();
        assertEquals("Shop", map.lane("l2").name());
        assertEquals(Presence.ONLINE, map.touchpoint("c").presence(), "one undo step takes name and presence back");
        stack.redo();
        assertEquals(Presence.OFFLINE, map.touchpoint("c").presence());
    }

    @Test
    void renamingTheOnlineLaneToOfflineAndTheOtherToOnlineSwapsThePresenceOfTheirCards() {
        map.addLane(new Lane("l3", "Other"));
        stack.execute(LaneProperties.NAME.change("l1", "Offline"));
        stack.execute(LaneProperties.NAME.change("l2", "Online"));

        assertEquals(Presence.OFFLINE, map.touchpoint("a").presence());
        assertEquals(Presence.ONLINE, map.touchpoint("c").presence());
        assertEquals(List.of(), org.touchmap.model.MapInvariants.problems(map));
    }

    @Test
    void addingTheMissingLaneOfThePairSetsThePresenceOfTheCardsOfTheOther() {
        stack.execute(LaneProperties.NAME.change("l1", "Web"));
        stack.execute(TouchpointProperties.PRESENCE.change("c", Presence.ONLINE));

        stack.execute(AddLane.newLane(map, 0, "Online"));

        assertEquals(Presence.OFFLINE, map.touchpoint("c").presence());
        stack.undo();
        assertEquals(Presence.ONLINE, map.touchpoint("c").presence());
    }

    @Test
    void removingASecondOnlineLaneLetsThePairDecideAgain() {
        map.addLane(new Lane("l3", "Online too"));
        stack.execute(TouchpointProperties.PRESENCE.change("c", Presence.ONLINE));

        stack.execute(new RemoveLane("l3", LaneRemoval.REMOVE_CARDS));

        assertEquals(Presence.OFFLINE, map.touchpoint("c").presence());
        stack.undo();
        assertEquals(Presence.ONLINE, map.touchpoint("c").presence());
    }

    @Test
    void settingThePresenceOfACardWhoseLaneDecidesItLeavesTheLanesPresence() {
        stack.execute(TouchpointProperties.PRESENCE.change("c", Presence.ONLINE));

        assertEquals(Presence.OFFLINE, map.touchpoint("c").presence());
    }

    @Test
    void aCardTypedInByNameGetsTheChannelItsNameNames() {
        AddTouchpoint add = AddTouchpoint.newCard(map, "Card payment", ChannelCatalog.resolve(ChannelCatalog.OTHER),
                new Placement("s2", "l1", 0, 300));
        stack.execute(add);

        Touchpoint card = map.touchpoint(add.touchpointId());
        assertEquals("payment", card.channelId());
        assertEquals(Presence.ONLINE, card.presence());
    }

    @Test
    void aChannelThePersonChoseIsKeptWhateverTheName() {
        AddTouchpoint add = AddTouchpoint.newCard(map, "Card payment", ChannelCatalog.resolve("store-visit"),
                new Placement("s2", "l2", 0, 300));
        stack.execute(add);
        stack.execute(TouchpointProperties.NAME.change(add.touchpointId(), "Website"));

        assertEquals("store-visit", map.touchpoint(add.touchpointId()).channelId());
    }

    @Test
    void renamingACardWhoseChannelIsStillOtherGuessesItInTheSameUndoStep() {
        stack.execute(TouchpointProperties.NAME.change("c", "Телефонский звонок"));

        Touchpoint card = map.touchpoint("c");
        assertEquals("phone-call", card.channelId());
        assertEquals(Presence.OFFLINE, card.presence(), "the lane decides, not the channel");
        stack.undo();
        assertEquals("Card C", card.name());
        assertEquals(ChannelCatalog.OTHER, map.touchpoint("c").channelId());
        assertEquals(TouchpointCategory.CHANNEL_OR_PLACE, map.touchpoint("c").category());
    }

    @Test
    void renamingAGuessedCardGuessesAgainAndANameThatNamesNothingGoesBackToOther() {
        stack.execute(TouchpointProperties.NAME.change("a", "Instagram post"));
        assertEquals("social-post", map.touchpoint("a").channelId());
        assertEquals(TouchpointCategory.MATERIAL_OR_CONTENT, map.touchpoint("a").category());

        stack.execute(TouchpointProperties.NAME.change("a", "Website"));
        assertEquals("web-page", map.touchpoint("a").channelId());
        assertEquals(TouchpointCategory.CHANNEL_OR_PLACE, map.touchpoint("a").category());

        stack.execute(TouchpointProperties.NAME.change("a", "Fresh croissants"));
        assertEquals(ChannelCatalog.OTHER, map.touchpoint("a").channelId());
    }

    @Test
    void renamingAStageClearsTheTemplatesQuestionInTheSameUndoStep() {
        JourneyMap made = MapTemplates.create(StageTemplate.BEFORE_DURING_AFTER, Locale.ENGLISH, NOW);
        CommandStack madeStack = new CommandStack(made);
        Stage during = made.stage("during");
        String question = during.customerQuestion();
        assertFalse(question.isBlank());

        String description = during.description();
        assertFalse(description.isBlank());

        madeStack.execute(StageProperties.NAME.change("during", "Information search"));

        assertEquals("", made.stage("during").customerQuestion());
        assertEquals("", made.stage("during").description(), "the template's description went with its question");
        madeStack.undo();
        assertEquals(question, made.stage("during").customerQuestion());
        assertEquals(description, made.stage("during").description());
        assertEquals(during.name(), made.stage("during").name());
        assertFalse(madeStack.canUndo(), "rename and clearing were one step");
    }

    @Test
    void renamingAStageKeepsAQuestionThePersonWrote() {
        JourneyMap made = MapTemplates.create(StageTemplate.BEFORE_DURING_AFTER, Locale.forLanguageTag("ru"), NOW);
        CommandStack madeStack = new CommandStack(made);
        madeStack.execute(StageProperties.CUSTOMER_QUESTION.change("during", "Где купить торт?"));

        madeStack.execute(StageProperties.NAME.change("during", "Поиск информации"));

        assertEquals("Где купить торт?", made.stage("during").customerQuestion());
    }

    @Test
    void theStagesOfANewMapAskTemplateQuestionsThatARenameClears() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("sr"))) {
            for (String stageId : List.of("before", "during", "after")) {
                String question = StageTemplate.BEFORE_DURING_AFTER.customerQuestion(language, stageId);
                assertTrue(org.touchmap.model.TemplateQuestions.isTemplates(question), language + " " + stageId);
            }
        }
    }
}
