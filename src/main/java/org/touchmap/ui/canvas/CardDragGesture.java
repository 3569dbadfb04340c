package org.touchmap.ui.canvas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.touchmap.edit.FreeSpace;
import org.touchmap.edit.MoveTouchpoints;
import org.touchmap.edit.Placement;
import org.touchmap.layout.CardBox;
import org.touchmap.layout.CardCorner;
import org.touchmap.layout.DropTarget;
import org.touchmap.layout.GridSnap;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Point;
import org.touchmap.layout.Rect;
import org.touchmap.model.JourneyMap;

/**
 * Moving the selected cards by dragging one of them. While the mouse moves, only the dragged
 * card nodes move, each shown where it would land (snapped, in the cell under its centre, and in
 * free space there), and their chain arrows follow them; the map changes once, on release, with
 * one {@link MoveTouchpoints} for all of them, so a drag is one undo step and costs no redraw of
 * the whole map per mouse event.
 */
final class CardDragGesture {
    /** Screen pixels the mouse must travel before a press on a card becomes a drag. */
    static final double THRESHOLD = 3;

    private final CanvasEditing editing;
    private final FollowingArrows arrows;
    private List<String> dragged = List.of();
    /** The cards not dragged, read from the map once per drag (and again only if the map changes meanwhile). */
    private FreeSpace others;
    private long othersRevision;
    private boolean moving;
    private double startX;
    private double startY;
    private double pressScreenX;
    private double pressScreenY;

    CardDragGesture(CanvasEditing editing) {
        this.editing = editing;
        this.arrows = new FollowingArrows(editing.content());
    }

    void install(CanvasContent content) {
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        content.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        content.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    boolean isMoving() {
        return moving;
    }

    /** Puts the dragged cards back where they were; the map never changed. Returns whether a drag was stopped. */
    boolean cancel() {
        boolean wasMoving = moving;
        resetNodes();
        moving = false;
        dragged = List.of();
        others = null;
        return wasMoving;
    }

    private void pressed(MouseEvent event) {
        cancel();
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        // The click selection ran first: drag what is selected now, if the pressed card is part of it.
        Optional<String> hit = editing.cardAt(event.getX(), event.getY());
        if (hit.isPresent() && editing.selection().touchpoints().contains(hit.get())) {
            dragged = editing.selectedCards();
            startX = event.getX();
            startY = event.getY();
            pressScreenX = event.getScreenX();
            pressScreenY = event.getScreenY();
        }
    }

    private void dragged(MouseEvent event) {
        if (dragged.isEmpty()) {
            return;
        }
        if (!moving && Math.hypot(event.getScreenX() - pressScreenX, event.getScreenY() - pressScreenY) < THRESHOLD) {
            return;
        }
        if (!moving) {
            // Dragged cards and their arrows stay drawn wherever the pointer takes them.
            editing.content().culling().keepShown(
                    dragged.stream().flatMap(id -> editing.content().card(id).stream()).toList());
        }
        moving = true;
        MapLayout layout = editing.layout();
        double dx = event.getX() - startX;
        double dy = event.getY() - startY;
        Map<String, Placement> landings = MoveTouchpoints.landings(others(), wanted(layout, dx, dy));
        Map<String, Rect> shown = new HashMap<>();
        for (String id : dragged) {
            Optional<CardBox> box = layout.card(id);
            Optional<CardNode> node = editing.content().card(id);
            if (box.isEmpty() || node.isEmpty()) {
                continue;
            }
            Rect from = box.get().bounds();
            Rect to = Optional.ofNullable(landings.get(id)).flatMap(place -> landing(layout, place, from)).orElse(from);
            node.get().setTranslateX(to.x() - from.x());
            node.get().setTranslateY(to.y() - from.y());
            node.get().setViewOrder(-1);
            shown.put(id, to);
        }
        arrows.follow(layout, dragged, shown);
        event.consume();
    }

    private void released(MouseEvent event) {
        if (!moving) {
            dragged = List.of();
            return;
        }
        Map<String, Placement> wanted = wanted(editing.layout(), event.getX() - startX, event.getY() - startY);
        Map<String, Placement> landings = MoveTouchpoints.landings(others(), wanted);
        JourneyMap map = editing.map();
        cancel();
        boolean changed = landings.entrySet().stream()
                .anyMatch(e -> !e.getValue().equals(Placement.of(map.touchpoint(e.getKey()))));
        if (changed) {
            // The move lands the cards by the same rule as the preview did, so they end up where they were shown.
            editing.execute(new MoveTouchpoints(wanted));
        }
        event.consume();
    }

    /** Where each dragged card is asked to go if dropped now: the snapped spot in the cell under it. */
    private Map<String, Placement> wanted(MapLayout layout, double dx, double dy) {
        JourneyMap map = editing.map();
        Map<String, Placement> wanted = new LinkedHashMap<>();
        for (String id : dragged) {
            layout.card(id).filter(box -> map.hasTouchpoint(id)).ifPresent(box ->
                    target(layout, box.bounds(), dx, dy).ifPresent(t ->
                            wanted.put(id, new Placement(t.stageId(), t.laneId(), t.x(), t.y()))));
        }
        return wanted;
    }

    /**
     * The room the other cards leave. Edge auto-scroll sends a drag event every frame, so this is
     * read from the map once per drag rather than per event; a change of the map meanwhile reads it again.
     */
    private FreeSpace others() {
        long revision = editing.revision();
        if (others == null || othersRevision != revision) {
            others = FreeSpace.of(editing.map(), dragged);
            othersRevision = revision;
        }
        return others;
    }

    private Optional<DropTarget> target(MapLayout layout, Rect from, double dx, double dy) {
        GridSnap snap = editing.snap();
        return DropTarget.forCardAt(layout, from.x() + dx, from.y() + dy, snap);
    }

    /** Where the card would be drawn at {@code place}, in map coordinates. */
    private static Optional<Rect> landing(MapLayout layout, Placement place, Rect from) {
        return layout.cell(place.stageId(), place.laneId()).map(cell -> {
            Point corner = CardCorner.of(cell.x(), cell.y(), place.x(), place.y(), layout.settings());
            return new Rect(corner.x(), corner.y(), from.width(), from.height());
        });
    }

    private void resetNodes() {
        arrows.stop();
        editing.content().culling().releaseKept();
        for (String id : dragged) {
            editing.content().card(id).ifPresent(node -> {
                node.setTranslateX(0);
                node.setTranslateY(0);
                node.setViewOrder(0);
            });
        }
    }
}
