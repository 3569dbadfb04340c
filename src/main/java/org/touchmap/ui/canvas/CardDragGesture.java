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
import org.touchmap.layout.DropTarget;
import org.touchmap.layout.GridSnap;
import org.touchmap.layout.MapLayout;
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
        Map<String, Placement> landings = targets(layout, dx, dy);
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
        Map<String, Placement> targets = targets(editing.layout(), event.getX() - startX, event.getY() - startY);
        JourneyMap map = editing.map();
        cancel();
        boolean changed = targets.entrySet().stream()
                .anyMatch(e -> !e.getValue().equals(Placement.of(map.touchpoint(e.getKey()))));
        if (changed) {
            editing.execute(new MoveTouchpoints(targets));
        }
        event.consume();
    }

    /**
     * Where each dragged card lands if dropped now: the snapped spot in the cell under it, or the
     * nearest free space there, as the move will put it, so what the drag shows is what the drop does.
     */
    private Map<String, Placement> targets(MapLayout layout, double dx, double dy) {
        JourneyMap map = editing.map();
        FreeSpace space = FreeSpace.of(map, dragged);
        Map<String, Placement> targets = new LinkedHashMap<>();
        for (String id : dragged) {
            layout.card(id).filter(box -> map.hasTouchpoint(id)).ifPresent(box ->
                    target(layout, box.bounds(), dx, dy).ifPresent(t ->
                            targets.put(id, space.take(new Placement(t.stageId(), t.laneId(), t.x(), t.y())))));
        }
        return targets;
    }

    private Optional<DropTarget> target(MapLayout layout, Rect from, double dx, double dy) {
        GridSnap snap = editing.snap();
        return DropTarget.forCardAt(layout, from.x() + dx, from.y() + dy, snap);
    }

    /** Where the card would be drawn at {@code place}, in map coordinates. */
    private static Optional<Rect> landing(MapLayout layout, Placement place, Rect from) {
        return layout.cell(place.stageId(), place.laneId()).map(cell -> {
            double padding = layout.settings().cellPadding();
            return new Rect(cell.x() + padding + Math.max(0, place.x()), cell.y() + padding + Math.max(0, place.y()),
                    from.width(), from.height());
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
