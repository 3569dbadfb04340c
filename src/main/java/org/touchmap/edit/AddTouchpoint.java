package org.touchmap.edit;

import java.util.Objects;

import org.touchmap.model.Channel;
import org.touchmap.model.Ids;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.LanePresence;
import org.touchmap.model.Touchpoint;

/**
 * Puts a new card on the map at a position in the list of touchpoints, at its own place in its
 * cell or, when a card is there, in the nearest free space ({@link FreeSpace}), online or offline as
 * its lane says where the lanes decide it ({@link LanePresence}). The command keeps its own copy of
 * the card, so the caller may reuse the object it passed in.
 */
public final class AddTouchpoint implements Command {
    private final ListPosition position;
    private final Touchpoint card;

    /** Adds a copy of {@code card} at {@code index} in {@link JourneyMap#touchpoints()}. */
    public AddTouchpoint(int index, Touchpoint card) {
        this(ListPosition.at(index), card);
    }

    private AddTouchpoint(ListPosition position, Touchpoint card) {
        this.position = position;
        this.card = Objects.requireNonNull(card, "card").copy();
    }

    /** Adds a copy of {@code card} after whatever touchpoint is last when the command runs. */
    public static AddTouchpoint atEnd(Touchpoint card) {
        return new AddTouchpoint(ListPosition.END, card);
    }

    /**
     * A new card with a fresh {@code tp-} id, the channel's defaults and a place on the map,
     * added after the last touchpoint; {@link #touchpointId()} tells the id to select. With no channel
     * chosen ("Other") the card gets the channel its name names (see {@link ChannelFromName}); like
     * every added card it is online or offline by its lane where the lanes decide it.
     */
    public static AddTouchpoint newCard(JourneyMap map, String name, Channel channel, Placement placement) {
        Touchpoint card = new Touchpoint(Ids.next("tp", map.allIds()), name, placement.stageId(), placement.laneId());
        card.applyChannelDefaults(ChannelFromName.forNewCard(name, channel));
        card.setX(placement.x());
        card.setY(placement.y());
        return atEnd(card);
    }

    public String touchpointId() {
        return card.id();
    }

    @Override
    public boolean isExecutable(JourneyMap map) {
        return position.fits(map.touchpoints().size())
                && map.findStage(card.stageId()).isPresent() && CardLanes.takesCards(map, card.laneId())
                && !map.usesId(card.id());
    }

    @Override
    public void execute(JourneyMap map) {
        map.addTouchpoint(position.resolve(map.touchpoints().size()), placed(map, FreeSpace.of(map), card));
    }

    /**
     * A copy of {@code card} at its own place or the nearest free space in {@code space}, which it
     * then takes, and online or offline as its lane says: how every added card is put on the map.
     */
    static Touchpoint placed(JourneyMap map, FreeSpace space, Touchpoint card) {
        Touchpoint added = card.copy();
        space.take(Placement.of(added)).applyTo(added);
        // A pasted or imported card in the Online or Offline lane is what its lane says, as a typed one is.
        LanePresence.of(map, added.laneId()).ifPresent(added::setPresence);
        return added;
    }

    @Override
    public void undo(JourneyMap map) {
        map.removeTouchpoint(card.id());
    }

    @Override
    public Description description() {
        return Description.of("touchpoint.add", card.name());
    }
}
