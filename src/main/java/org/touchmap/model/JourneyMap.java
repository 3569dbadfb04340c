package org.touchmap.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A customer journey map: stages (columns), lanes (rows), touchpoints (cards), chains (arrows)
 * and the notes of notes lanes. This class only holds and indexes the data; edits go through commands in
 * {@code org.touchmap.edit} so that each one can be undone.
 */
public final class JourneyMap {
    private String title;
    private String description = "";
    private String industry = "";
    private String template = "";
    private Persona persona = Persona.EMPTY;
    private String competitorNotes = "";
    private Instant created;
    private Instant modified;
    private UnknownFields unknownFields = UnknownFields.NONE;
    private Voting voting = Voting.NONE;
    private final ElementList<Stage> stages = new ElementList<>("stage");
    private final ElementList<Lane> lanes = new ElementList<>("lane");
    private final ElementList<Touchpoint> touchpoints = new ElementList<>("touchpoint");
    private final ElementList<Chain> chains = new ElementList<>("chain");
    private final ElementList<Note> notes = new ElementList<>("note");
    private final List<Snapshot> snapshots = new ArrayList<>();

    public JourneyMap(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public String title() { return title; }

    public void setTitle(String title) { this.title = Objects.requireNonNull(title); }

    public String description() { return description; }

    public void setDescription(String description) { this.description = Objects.requireNonNull(description); }

    /** Business or industry the map is about, e.g. "Medical clinic". */
    public String industry() { return industry; }

    public void setIndustry(String industry) { this.industry = Objects.requireNonNull(industry); }

    /** Id of the {@link MapTemplate} the map was made from, or empty. */
    public String template() { return template; }

    public void setTemplate(String template) { this.template = Objects.requireNonNull(template); }

    public Persona persona() { return persona; }

    public void setPersona(Persona persona) { this.persona = Objects.requireNonNull(persona); }

    public String competitorNotes() { return competitorNotes; }

    public void setCompetitorNotes(String notes) { this.competitorNotes = Objects.requireNonNull(notes); }

    /** When the map was first made, or {@code null} if unknown. */
    public Instant created() { return created; }

    public void setCreated(Instant created) { this.created = created; }

    /** When the map was last saved with changes, or {@code null} if unknown. */
    public Instant modified() { return modified; }

    public void setModified(Instant modified) { this.modified = modified; }

    public UnknownFields unknownFields() { return unknownFields; }

    public void setUnknownFields(UnknownFields fields) { this.unknownFields = Objects.requireNonNull(fields); }

    /** The dot vote of a workshop on this map; {@link Voting#NONE} when nobody has voted. */
    public Voting voting() { return voting; }

    /** Sets the dot vote; every card it names must be on the map. */
    public void setVoting(Voting voting) {
        Objects.requireNonNull(voting, "voting");
        for (Ballot ballot : voting.ballots()) {
            ballot.dots().keySet().stream().filter(id -> !hasTouchpoint(id)).findFirst().ifPresent(id -> {
                throw new IllegalArgumentException(ballot.participant() + " voted for a missing touchpoint " + id);
            });
        }
        this.voting = voting;
    }

    // --- stages

    public List<Stage> stages() { return stages.view(); }

    public Optional<Stage> findStage(String id) { return stages.find(id); }

    public Stage stage(String id) { return stages.get(id); }

    public int stageIndex(String id) { return stages.indexOf(id); }

    public void addStage(int index, Stage stage) { stages.add(index, stage); }

    public void addStage(Stage stage) { stages.add(stages.size(), stage); }

    /** Removes a stage; the caller has moved or removed its touchpoints and notes first. Returns its index. */
    public int removeStage(String id) {
        RemovalChecks.stageHoldsNothing(this, id);
        return stages.remove(id);
    }

    public void moveStage(String id, int newIndex) { stages.move(id, newIndex); }

    // --- lanes

    public List<Lane> lanes() { return lanes.view(); }

    public Optional<Lane> findLane(String id) { return lanes.find(id); }

    public Lane lane(String id) { return lanes.get(id); }

    public int laneIndex(String id) { return lanes.indexOf(id); }

    public void addLane(int index, Lane lane) { lanes.add(index, lane); }

    public void addLane(Lane lane) { lanes.add(lanes.size(), lane); }

    /** Removes a lane; the caller has moved or removed its touchpoints and notes first. Returns its index. */
    public int removeLane(String id) {
        RemovalChecks.laneHoldsNothing(this, id);
        return lanes.remove(id);
    }

    public void moveLane(String id, int newIndex) { lanes.move(id, newIndex); }

    // --- touchpoints

    public List<Touchpoint> touchpoints() { return touchpoints.view(); }

    public Optional<Touchpoint> findTouchpoint(String id) { return touchpoints.find(id); }

    public Touchpoint touchpoint(String id) { return touchpoints.get(id); }

    public boolean hasTouchpoint(String id) { return touchpoints.contains(id); }

    public int touchpointIndex(String id) { return touchpoints.indexOf(id); }

    public List<Touchpoint> touchpointsInStage(String stageId) {
        return touchpoints.view().stream().filter(tp -> tp.stageId().equals(stageId)).toList();
    }

    public void addTouchpoint(int index, Touchpoint touchpoint) {
        stages.get(touchpoint.stageId());
        lanes.get(touchpoint.laneId());
        touchpoints.add(index, touchpoint);
    }

    public void addTouchpoint(Touchpoint touchpoint) { addTouchpoint(touchpoints.size(), touchpoint); }

    /**
     * Removes a touchpoint; the caller has unlinked it from every chain and taken the vote's dots
     * off it first. Returns its index.
     */
    public int removeTouchpoint(String id) {
        RemovalChecks.touchpointIsFree(this, id);
        return touchpoints.remove(id);
    }

    // --- chains

    public List<Chain> chains() { return chains.view(); }

    public Optional<Chain> findChain(String id) { return chains.find(id); }

    public Chain chain(String id) { return chains.get(id); }

    public int chainIndex(String id) { return chains.indexOf(id); }

    /** Links of all chains together: each is an arrow to route and draw. */
    public long linkCount() { return chains.view().stream().mapToLong(Chain::linkCount).sum(); }

    public void addChain(int index, Chain chain) { chains.add(index, chain); }

    public void addChain(Chain chain) { chains.add(chains.size(), chain); }

    /** Removes a chain; the caller has cleared other chains' "next chain" pointing at it. Returns its index. */
    public int removeChain(String id) {
        RemovalChecks.chainIsNotContinued(this, id);
        return chains.remove(id);
    }

    public void moveChain(String id, int newIndex) { chains.move(id, newIndex); }

    // --- notes

    /** The notes of all notes lanes, each cell's in the order they are shown. */
    public List<Note> notes() { return notes.view(); }

    public Optional<Note> findNote(String id) { return notes.find(id); }

    /** Adds a note at {@code index} of the list; its stage and lane must be on the map. */
    public void addNote(int index, Note note) {
        stages.get(note.stageId());
        lanes.get(note.laneId());
        notes.add(index, note);
    }

    public void addNote(Note note) { addNote(notes.size(), note); }

    public int removeNote(String id) { return notes.remove(id); }

    // --- snapshots

    /** Snapshots of this map taken earlier, in the order they were taken. */
    public List<Snapshot> snapshots() { return Collections.unmodifiableList(snapshots); }

    public void setSnapshots(List<Snapshot> all) {
        snapshots.clear();
        snapshots.addAll(all);
    }

    public void addSnapshot(int index, Snapshot snapshot) { snapshots.add(index, Objects.requireNonNull(snapshot)); }

    public Snapshot removeSnapshot(int index) { return snapshots.remove(index); }

    public void replaceSnapshot(int index, Snapshot snapshot) { snapshots.set(index, Objects.requireNonNull(snapshot)); }

    // --- whole map

    /** Whether {@code id} is in use by an element of any kind; as {@code allIds().contains(id)}, without building the set. */
    public boolean usesId(String id) {
        return stages.contains(id) || lanes.contains(id) || touchpoints.contains(id) || chains.contains(id)
                || notes.contains(id);
    }

    /** Every id in use, of any kind; new ids are chosen outside this set. */
    public Set<String> allIds() {
        Set<String> ids = new HashSet<>();
        stages.view().forEach(e -> ids.add(e.id()));
        lanes.view().forEach(e -> ids.add(e.id()));
        touchpoints.view().forEach(e -> ids.add(e.id()));
        chains.view().forEach(e -> ids.add(e.id()));
        notes.view().forEach(e -> ids.add(e.id()));
        return ids;
    }

    /** A deep copy: editing the copy never changes this map. */
    public JourneyMap copy() {
        JourneyMap c = new JourneyMap(title);
        c.description = description;
        c.industry = industry;
        c.template = template;
        c.persona = persona;
        c.competitorNotes = competitorNotes;
        c.created = created;
        c.modified = modified;
        c.unknownFields = unknownFields;
        c.voting = voting;
        stages.view().forEach(s -> c.addStage(s.copy()));
        lanes.view().forEach(l -> c.addLane(l.copy()));
        touchpoints.view().forEach(t -> c.addTouchpoint(t.copy()));
        chains.view().forEach(ch -> c.addChain(ch.copy()));
        notes.view().forEach(note -> c.addNote(note.copy()));
        snapshots.forEach(snapshot -> c.snapshots.add(snapshot.copy()));
        return c;
    }

    /** Runs {@code action} on every element, stages first, then lanes, touchpoints, chains and notes. */
    public void forEachElement(Consumer<MapElement> action) {
        stages.view().forEach(action);
        lanes.view().forEach(action);
        touchpoints.view().forEach(action);
        chains.view().forEach(action);
        notes.view().forEach(action);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JourneyMap m && title.equals(m.title) && description.equals(m.description)
                && industry.equals(m.industry) && template.equals(m.template) && persona.equals(m.persona)
                && competitorNotes.equals(m.competitorNotes) && Objects.equals(created, m.created)
                && Objects.equals(modified, m.modified) && unknownFields.equals(m.unknownFields)
                && stages().equals(m.stages()) && lanes().equals(m.lanes())
                && touchpoints().equals(m.touchpoints()) && chains().equals(m.chains()) && notes().equals(m.notes())
                && voting.equals(m.voting) && snapshots.equals(m.snapshots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, stages().size(), touchpoints().size());
    }

    @Override
    public String toString() {
        return "JourneyMap[\"" + title + "\", " + stages().size() + " stages, " + lanes().size() + " lanes, "
                + touchpoints().size() + " touchpoints, " + chains().size() + " chains]";
    }
}
