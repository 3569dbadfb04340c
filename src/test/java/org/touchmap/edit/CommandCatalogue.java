package org.touchmap.edit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.touchmap.model.Chain;
import org.touchmap.model.ChainLink;
import org.touchmap.model.ChannelCatalog;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.MedicalClinicMap;
import org.touchmap.model.Rating;
import org.touchmap.model.Snapshot;
import org.touchmap.model.Stage;
import org.touchmap.model.Touchpoint;

/**
 * At least one example of every kind of command and every property, written against the
 * medical-clinic map. Tests use it to check things that must hold for all commands.
 */
final class CommandCatalogue {
    private CommandCatalogue() {
    }

    /** The clinic with a lane of thoughts at the bottom, as a file of format version 2 brings it. */
    private static JourneyMap withThoughts(JourneyMap map) {
        if (map.findLane("thoughts").isEmpty()) {
            Lane thoughts = new Lane("thoughts", "Thoughts");
            thoughts.setKind(org.touchmap.model.LaneKind.THOUGHTS);
            map.addLane(thoughts);
        }
        return map;
    }

    /** The clinic with two thoughts in the search stage; the id of the first. */
    private static String withThoughtNote(JourneyMap map) {
        withThoughts(map).addNote(new org.touchmap.model.Note("t1", "Is it far?", "search", "thoughts"));
        map.addNote(new org.touchmap.model.Note("t2", "Open on Saturday?", "search", "thoughts"));
        return "t1";
    }

    /** Example name to a way of making the command for a fresh clinic map. */
    static Map<String, Function<JourneyMap, Command>> forClinic() {
        Map<String, Function<JourneyMap, Command>> all = new LinkedHashMap<>();
        all.put("add card at index", map -> new AddTouchpoint(2, new Touchpoint("tp-new", "New", "search", "online")));
        all.put("add new card", map -> AddTouchpoint.newCard(map, "Call-back", ChannelCatalog.resolve("phone-call"),
                new Placement("compare", "offline", 0, 180)));
        all.put("delete card", map -> new RemoveTouchpoint("tp-reception"));
        all.put("delete cards", map -> RemoveTouchpoint.all(List.of("tp-chat", "tp-doctor")));
        all.put("move card", map -> MoveTouchpoints.of("tp-blog", new Placement("search", "offline", 5, 5)));
        all.put("move cards", map -> MoveTouchpoints.by(map, List.of("tp-ad", "tp-page"), 20, 0));
        all.put("paste card", map -> PasteCards.plan(map, CopiedCards.of(map, List.of("tp-chat"))).orElseThrow().command());
        all.put("paste cards", map -> PasteCards.plan(map, CopiedCards.of(map, List.of("tp-phone", "tp-reception")))
                .orElseThrow().command());
        all.put("tidy up", map -> {
            map.touchpoint("tp-search").setY(0); // as a file from elsewhere may have it: two cards on one spot
            return TidyUp.plan(map).orElseThrow();
        });
        all.put("change cards", map -> TouchpointProperties.RATING.changeAll(List.of("tp-ad", "tp-form"), Rating.NEGATIVE));
        PropertyCommandsTest.TOUCHPOINT_SAMPLES.forEach((p, v) -> all.put("touchpoint " + p, change(p, "tp-phone", v)));

        all.put("add stage", map -> new AddStage(1, new Stage("intent", "Intent")));
        all.put("add new stage", map -> AddStage.newStage(map, 0, "Before"));
        all.put("delete stage moving cards", map -> new RemoveStage("search", StageRemoval.moveCardsTo("awareness")));
        all.put("delete stage with cards", map -> new RemoveStage("decide", StageRemoval.REMOVE_CARDS));
        all.put("reorder stage", map -> new MoveStage("compare", 4));
        all.put("change stages", map -> StageProperties.PHASE.changeAll(List.of("awareness", "search"), "Before"));
        PropertyCommandsTest.STAGE_SAMPLES.forEach((p, v) -> all.put("stage " + p, change(p, "compare", v)));

        all.put("add lane", map -> AddLane.atEnd(new Lane("backstage", "Backstage")));
        all.put("add new lane", map -> AddLane.newLane(map, 1, "Phone"));
        all.put("delete lane moving cards", map -> new RemoveLane("online", LaneRemoval.moveCardsTo("offline")));
        all.put("delete lane with cards", map -> new RemoveLane("offline", LaneRemoval.REMOVE_CARDS));
        all.put("reorder lane", map -> new MoveLane("online", 1));
        all.put("change lanes", map -> LaneProperties.COLOR.changeAll(List.of("online", "offline"), "#f0f0f0"));
        PropertyCommandsTest.LANE_SAMPLES.forEach((p, v) -> {
            if (p != LaneProperties.KIND) { // a lane of cards keeps its kind; "lane kind" below changes an empty one
                all.put("lane " + p, change(p, "offline", v));
            }
        });
        all.put("lane kind", map -> {
            map.addLane(new Lane("empty", "Thoughts")); // as a person adds one before choosing its kind
            return LaneProperties.KIND.change("empty", org.touchmap.model.LaneKind.THOUGHTS);
        });
        all.put("add note", map -> AddNote.newNote(withThoughts(map), "Is it far?", "search", "thoughts"));
        all.put("delete note", map -> new RemoveNote(withThoughtNote(map)));
        all.put("edit note", map -> NoteProperties.TEXT.change(withThoughtNote(map), "Who is near?"));
        all.put("note owner", map -> NoteProperties.OWNER.change(withThoughtNote(map), "Front desk"));
        all.put("note picture", map -> NoteProperties.PICTURE.change(withThoughtNote(map),
                new org.touchmap.model.Picture(org.touchmap.model.Picture.Format.PNG, new byte[] {1, 2, 3}, 4, 3)));
        all.put("add lanes", map -> new CompositeCommand(Description.of("lanes.add", 2), List.of(
                AddLane.atEnd(new Lane("front", "Frontstage")), AddLane.atEnd(new Lane("back", "Backstage")))));
        all.put("note supports", map -> NoteProperties.SUPPORTS.change(withThoughtNote(map),
                List.of("tp-reception", "tp-doctor")));
        all.put("delete supported card", map -> {
            NoteProperties.SUPPORTS.change(withThoughtNote(map), List.of("tp-reception")).execute(map);
            return new RemoveTouchpoint("tp-reception");
        });
        all.put("edit notes", map -> NoteProperties.TEXT.changeAll(List.of(withThoughtNote(map), "t2"), "Near?"));

        all.put("add chain", map -> AddChain.newChain(map, "Referral", "#cc79a7"));
        all.put("add chain with links", map -> new AddChain(0, chainWithLink()));
        all.put("delete chain", map -> new RemoveChain("ch-repeat"));
        all.put("link", map -> LinkTouchpoints.append("ch-repeat", "tp-reception", "tp-doctor"));
        all.put("insert link", map -> LinkTouchpoints.insert("ch-first-visit", 0, "tp-search", "tp-ad"));
        all.put("unlink", map -> new UnlinkTouchpoints("ch-first-visit", 3));
        all.put("reorder link", map -> new MoveLink("ch-first-visit", 0, 7));
        all.put("change chains", map -> ChainProperties.COLOR.changeAll(List.of("ch-first-visit", "ch-repeat"), "#000000"));
        PropertyCommandsTest.CHAIN_SAMPLES.forEach((p, v) -> all.put("chain " + p, change(p, "ch-repeat", v)));

        PropertyCommandsTest.MAP_SAMPLES.forEach((p, v) -> all.put("map " + p, map -> mapChange(p, v)));

        all.put("add participant", map -> new AddParticipant("Anna"));
        all.put("give a dot", map -> voting("give a dot", new AddParticipant("Anna"), new AddDot("Anna", "tp-phone")));
        all.put("take back a dot", map -> voting("take back a dot", new AddParticipant("Anna"),
                new AddDot("Anna", "tp-phone"), new AddDot("Anna", "tp-chat"), new RemoveDot("Anna", "tp-phone")));
        all.put("rename participant", map -> voting("rename participant", new AddParticipant("Ana"),
                new RenameParticipant("Ana", "Anna")));
        all.put("remove participant", map -> voting("remove participant", new AddParticipant("Anna"),
                new AddParticipant("Boris"), new RemoveParticipant("Anna")));
        all.put("dots per person", map -> new SetDotsPerPerson(5));
        all.put("delete voted card", map -> voting("delete voted card", new AddParticipant("Anna"),
                new AddDot("Anna", "tp-reception"), new RemoveTouchpoint("tp-reception")));
        all.put("take snapshot", map -> TakeSnapshot.of(map, "before workshop", Instant.parse("2026-11-23T09:00:00Z")));
        all.put("delete snapshot", map -> new RemoveSnapshot(withSnapshot(map), 0));
        all.put("rename snapshot", map -> new RenameSnapshot(withSnapshot(map), 0, "after workshop"));

        all.put("import from file", map -> ImportFromFile.of("clinic.xlsx", List.of(
                TouchpointProperties.RATING.change("tp-phone", Rating.NEGATIVE),
                AddTouchpoint.atEnd(new Touchpoint("tp-imported", "Imported", "after", "offline")))));
        // Both asked for the same spot, on top of the cards already in the cell.
        all.put("add cards", map -> new AddTouchpoints(List.of(new Touchpoint("tp-new-1", "New 1", "search", "online"),
                new Touchpoint("tp-new-2", "New 2", "search", "online"))));
        return all;
    }

    /** Every example, each executed on its own fresh clinic map, so its description names real elements. */
    private static JourneyMap withSnapshot(JourneyMap map) {
        map.addSnapshot(0, Snapshot.take("before workshop", Instant.parse("2026-11-23T09:00:00Z"), map));
        return map;
    }

    static Map<String, Command> executedOnClinic() {
        Map<String, Command> executed = new LinkedHashMap<>();
        forClinic().forEach((name, make) -> {
            JourneyMap map = MedicalClinicMap.build();
            Command command = make.apply(map);
            new CommandStack(map).execute(command);
            executed.put(name, command);
        });
        return executed;
    }

    /** Description keys of every example and of every part of the composite ones. */
    static Set<String> descriptionKeysInUse() {
        Set<String> keys = new TreeSet<>();
        executedOnClinic().values().forEach(command -> collectKeys(command, keys));
        return keys;
    }

    private static void collectKeys(Command command, Set<String> keys) {
        keys.add(command.description().key());
        if (command instanceof CompositeCommand composite) {
            composite.parts().forEach(part -> collectKeys(part, keys));
        }
    }

    /** Voting commands need participants first: one undo step that sets them up and then does the change. */
    private static Command voting(String name, Command... steps) {
        return new CompositeCommand(Description.of("touchpoints.change", name), List.of(steps));
    }

    @SuppressWarnings("unchecked")
    private static Function<JourneyMap, Command> change(ElementProperty<?, ?> property, String id, Object value) {
        return map -> {
            PropertyCommandsTest.forChanging(property, map);
            return ((ElementProperty<?, Object>) property).change(id, value);
        };
    }

    @SuppressWarnings("unchecked")
    private static Command mapChange(MapProperty<?> property, Object value) {
        return ((MapProperty<Object>) property).change(value);
    }

    private static Chain chainWithLink() {
        Chain chain = new Chain("ch-word", "Word of mouth", "#009e73");
        chain.addLink(new ChainLink("tp-review", "tp-reviews"));
        chain.setNextChainId("ch-first-visit");
        return chain;
    }
}
