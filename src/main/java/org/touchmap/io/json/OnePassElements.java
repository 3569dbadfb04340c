package org.touchmap.io.json;

import com.fasterxml.jackson.core.JsonToken;
import org.touchmap.model.TouchpointText;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.touchmap.io.json.TokenValues.notOnePass;

/**
 * The elements of a map read in one pass ({@link OnePassReader}): the same DTOs, fields and
 * unknown fields as {@link JsonToDto} makes from the tree. Each method starts with the parser at
 * the element's opening brace and leaves it at the closing one.
 */
final class OnePassElements {
    private static final TouchpointText[] TEXTS = TouchpointText.values();
    private static final Map<String, TouchpointText> TEXT_KEYS = Stream.of(TEXTS)
            .collect(Collectors.toUnmodifiableMap(TouchpointText::key, text -> text));

    private final TokenValues values;
    /** The arrows of all chains read so far, for the limit on links. */
    private long links;

    OnePassElements(TokenValues values) {
        this.values = values;
    }

    long links() {
        return links;
    }

    PersonaDto persona(PersonaDto previous) throws IOException {
        if (previous != null) {
            throw notOnePass();
        }
        values.expect(JsonToken.START_OBJECT);
        String name = null, demographics = null, psychographics = null, behaviour = null, needs = null;
        String motivations = null, goals = null, frustrations = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "name" -> name = values.text(name);
                case "demographics" -> demographics = values.text(demographics);
                case "psychographics" -> psychographics = values.text(psychographics);
                case "behaviour" -> behaviour = values.text(behaviour);
                case "needs" -> needs = values.text(needs);
                case "motivations" -> motivations = values.text(motivations);
                case "goals" -> goals = values.text(goals);
                case "frustrations" -> frustrations = values.text(frustrations);
                default -> throw notOnePass();
            }
        }
        return new PersonaDto(name, demographics, psychographics, behaviour, needs, motivations, goals, frustrations);
    }

    StageDto stage() throws IOException {
        String id = null, name = null, description = null, customerQuestion = null, color = null, phase = null;
        Long visitors = null;
        Double width = null;
        Map<String, Object> unknown = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "id" -> id = values.text(id);
                case "name" -> name = values.text(name);
                case "description" -> description = values.text(description);
                case "customerQuestion" -> customerQuestion = values.text(customerQuestion);
                case "color" -> color = values.text(color);
                case "phase" -> phase = values.text(phase);
                case "visitors" -> visitors = values.wholeNumber(visitors);
                case "width" -> width = values.number(width);
                default -> unknown = values.unknown(unknown, key);
            }
        }
        return new StageDto(required(id), required(name), description, customerQuestion, color, phase, visitors,
                width, orEmpty(unknown));
    }

    LaneDto lane() throws IOException {
        String id = null, name = null, description = null, color = null, kind = null;
        Boolean folded = null;
        String chain = null;
        Map<String, Object> unknown = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "id" -> id = values.text(id);
                case "name" -> name = values.text(name);
                case "description" -> description = values.text(description);
                case "color" -> color = values.text(color);
                case "kind" -> kind = values.text(kind);
                case "folded" -> folded = values.bool(folded);
                case "chain" -> chain = values.text(chain);
                default -> unknown = values.unknown(unknown, key);
            }
        }
        return new LaneDto(required(id), required(name), description, color, kind, folded, chain,
                orEmpty(unknown));
    }

    TouchpointDto touchpoint() throws IOException {
        String id = null, name = null, stage = null, lane = null, channel = null, rating = null, description = null;
        String presence = null, category = null, control = null, attention = null, lifespan = null;
        String painPoints = null, ideas = null, owner = null, evidence = null, notes = null, competitor = null;
        Double x = null, y = null;
        Boolean keyPoint = null;
        Long emotion = null;
        Map<String, Long> criteria = null;
        Map<String, Double> metrics = null;
        String[] texts = null;
        Map<String, Object> unknown = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "id" -> id = values.text(id);
                case "name" -> name = values.text(name);
                case "stage" -> stage = values.text(stage);
                case "lane" -> lane = values.text(lane);
                case "x" -> x = values.number(x);
                case "y" -> y = values.number(y);
                case "channel" -> channel = values.text(channel);
                case "rating" -> rating = values.text(rating);
                case "keyPoint" -> keyPoint = values.bool(keyPoint);
                case "description" -> description = values.text(description);
                case "presence" -> presence = values.text(presence);
                case "category" -> category = values.text(category);
                case "emotion" -> emotion = values.wholeNumber(emotion);
                case "control" -> control = values.text(control);
                case "attention" -> attention = values.text(attention);
                case "lifespan" -> lifespan = values.text(lifespan);
                case "criteria" -> criteria = values.wholeNumberMap(criteria);
                case "metrics" -> metrics = values.numberMap(metrics);
                case "painPoints" -> painPoints = values.text(painPoints);
                case "ideas" -> ideas = values.text(ideas);
                case "owner" -> owner = values.text(owner);
                case "evidence" -> evidence = values.text(evidence);
                case "notes" -> notes = values.text(notes);
                case "competitor" -> competitor = values.text(competitor);
                default -> {
                    TouchpointText text = TEXT_KEYS.get(key);
                    if (text == null) {
                        unknown = values.unknown(unknown, key);
                    } else {
                        texts = texts == null ? new String[TEXTS.length] : texts;
                        texts[text.ordinal()] = values.text(texts[text.ordinal()]);
                    }
                }
            }
        }
        return new TouchpointDto(required(id), required(name), required(stage), required(lane), x, y, channel,
                rating, keyPoint, description, presence, category, emotion, control, attention, lifespan, criteria,
                metrics, painPoints, ideas, owner, evidence, notes, competitor, inOrder(texts), orEmpty(unknown));
    }

    ChainDto chain() throws IOException {
        String id = null, name = null, color = null, description = null, nextChain = null;
        List<LinkDto> chainLinks = null;
        Map<String, Object> unknown = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "id" -> id = values.text(id);
                case "name" -> name = values.text(name);
                case "color" -> color = values.text(color);
                case "description" -> description = values.text(description);
                case "links" -> chainLinks = values.objects(chainLinks, this::link);
                case "nextChain" -> nextChain = values.text(nextChain);
                default -> unknown = values.unknown(unknown, key);
            }
        }
        return new ChainDto(required(id), required(name), required(color), description,
                chainLinks == null ? List.of() : chainLinks, nextChain, orEmpty(unknown));
    }

    NoteDto note() throws IOException {
        String id = null, stage = null, lane = null, text = null, owner = null;
        List<String> supports = null;
        NoteDto.PictureDto picture = null;
        Map<String, Object> unknown = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "id" -> id = values.text(id);
                case "stage" -> stage = values.text(stage);
                case "lane" -> lane = values.text(lane);
                case "text" -> text = values.text(text);
                case "owner" -> owner = values.text(owner);
                case "supports" -> supports = values.texts(supports);
                case "picture" -> picture = picture(picture);
                default -> unknown = values.unknown(unknown, key);
            }
        }
        return new NoteDto(required(id), required(stage), required(lane), required(text), owner, supports, picture,
                orEmpty(unknown));
    }

    /** A frame's picture: its type and data, no other key, as the careful reader takes it. */
    private NoteDto.PictureDto picture(NoteDto.PictureDto previous) throws IOException {
        if (previous != null) {
            throw notOnePass();
        }
        values.expect(JsonToken.START_OBJECT);
        String type = null, data = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "type" -> type = values.text(type);
                case "data" -> data = values.text(data);
                default -> throw notOnePass();
            }
        }
        return new NoteDto.PictureDto(required(type), required(data));
    }

    private LinkDto link() throws IOException {
        links++;
        String from = null, to = null;
        for (String key = values.nextKey(); key != null; key = values.nextKey()) {
            switch (key) {
                case "from" -> from = values.text(from);
                case "to" -> to = values.text(to);
                default -> throw notOnePass();
            }
        }
        return new LinkDto(required(from), required(to));
    }

    /** The described texts the card has, in the order {@link JsonToDto} puts them. */
    private static Map<String, String> inOrder(String[] texts) {
        Map<String, String> inOrder = new LinkedHashMap<>();
        if (texts != null) {
            for (TouchpointText field : TEXTS) {
                if (texts[field.ordinal()] != null) {
                    inOrder.put(field.key(), texts[field.ordinal()]);
                }
            }
        }
        return inOrder;
    }

    static String required(String text) {
        if (text == null) {
            throw notOnePass();
        }
        return text;
    }

    static Map<String, Object> orEmpty(Map<String, Object> unknown) {
        return unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
