package org.touchmap.ui.structure;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

import org.touchmap.edit.LaneProperties;
import org.touchmap.edit.MoveLink;
import org.touchmap.layout.Connector;
import org.touchmap.layout.HeaderHit;
import org.touchmap.layout.MapLayout;
import org.touchmap.model.Chain;
import org.touchmap.model.LaneKind;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.chains.SelectedLink;

/**
 * The context menus of stage headers, lane headers and arrows. Asking for one first selects what it
 * is about, so the menu and the keyboard act on the same thing.
 */
final class StructureMenus {
    private final EditorContext context;
    private final StructureEdits edits;
    private final ArrowPicking arrows;
    private final HeaderRenameEditor rename;
    private ContextMenu shown;

    StructureMenus(EditorContext context, StructureEdits edits, ArrowPicking arrows, HeaderRenameEditor rename) {
        this.context = context;
        this.edits = edits;
        this.arrows = arrows;
        this.rename = rename;
    }

    void install() {
        context.canvas().mapContent().addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    private void requested(ContextMenuEvent event) {
        MapLayout layout = context.layout();
        if (layout == null || event.isConsumed() || context.isForOverlay(event)) {
            return;
        }
        double x = event.getX();
        double y = event.getY();
        Optional<HeaderHit> header = layout.headerAt(x, y, context.screenDistance(HeaderGestures.EDGE_REACH));
        ContextMenu menu = null;
        if (header.isPresent() && header.get() instanceof HeaderHit.LaneHeader lane) {
            context.selection().selectLane(lane.laneId());
            menu = laneMenu(lane.laneId());
        } else if (header.isPresent()) {
            String stageId = header.get() instanceof HeaderHit.StageEdge edge ? edge.stageId()
                    : ((HeaderHit.StageHeader) header.get()).stageId();
            context.selection().selectStage(stageId);
            menu = stageMenu(stageId);
        } else {
            Optional<Connector> arrow = arrows.selectAt(x, y);
            if (arrow.isPresent()) {
                menu = arrowMenu(SelectedLink.of(arrow.get()));
            }
        }
        if (menu != null) {
            if (shown != null) {
                shown.hide();
            }
            shown = menu;
            context.focusCanvas();
            menu.show(context.canvas(), event.getScreenX(), event.getScreenY());
            event.consume();
        }
    }

    private ContextMenu stageMenu(String stageId) {
        MenuItem fit = item("action.fitColumn", () -> edits.fitColumn(stageId));
        fit.setDisable(context.map().stage(stageId).width() == null);
        return menu("stage-menu",
                item("action.rename", () -> rename.start(HeaderKind.STAGE, stageId)),
                item("action.addStageBefore", () -> edits.addStage(false)),
                item("action.addStageAfter", () -> edits.addStage(true)),
                item("action.phase", () -> edits.editPhase(stageId)),
                fit,
                new SeparatorMenuItem(),
                item("action.deleteStage", () -> edits.deleteStage(stageId)));
    }

    private ContextMenu laneMenu(String laneId) {
        return menu("lane-menu",
                item("action.rename", () -> rename.start(HeaderKind.LANE, laneId)),
                item("action.addLaneAbove", () -> edits.addLane(false)),
                item("action.addLaneBelow", () -> edits.addLane(true)),
                lanesOfKinds(),
                foldItem(laneId),
                new SeparatorMenuItem(),
                item("action.deleteLane", () -> edits.deleteLane(laneId)));
    }

    /** Folds the lane to its header, or opens it again: one undo step, saved with the map. */
    private MenuItem foldItem(String laneId) {
        boolean folded = context.map().lane(laneId).folded();
        MenuItem fold = item(folded ? "action.openLane" : "action.foldLane",
                () -> context.execute(LaneProperties.FOLDED.change(laneId, !folded)));
        fold.setId("fold-lane");
        return fold;
    }

    /** Add a lane of a chosen kind below, named by its kind, or the service blueprint's three bands at once. */
    private Menu lanesOfKinds() {
        Menu kinds = new Menu(StructureText.get("action.addLaneOfKind"));
        kinds.setId("add-lane-of-kind");
        for (LaneKind kind : LaneKind.values()) {
            MenuItem item = new MenuItem(kind.displayName(Messages.locale()));
            item.setOnAction(e -> edits.addLanesOfKinds(List.of(kind)));
            kinds.getItems().add(item);
        }
        MenuItem blueprint = new MenuItem(StructureText.get("action.addBlueprintLanes"));
        blueprint.setId("add-blueprint-lanes");
        blueprint.setOnAction(e -> edits.addLanesOfKinds(List.of(LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE,
                LaneKind.SUPPORT)));
        kinds.getItems().addAll(new SeparatorMenuItem(), blueprint);
        return kinds;
    }

    private ContextMenu arrowMenu(SelectedLink link) {
        if (link.isNextChainArrow()) {
            return menu("arrow-menu", item("action.removeNextChain", arrows::deleteSelected));
        }
        Chain chain = context.map().chain(link.chainId());
        MenuItem earlier = item("action.linkEarlier", () -> moveLink(link, -1));
        earlier.setDisable(link.index() == 0);
        MenuItem later = item("action.linkLater", () -> moveLink(link, 1));
        later.setDisable(link.index() >= chain.linkCount() - 1);
        return menu("arrow-menu", item("action.deleteLink", arrows::deleteSelected), earlier, later,
                new SeparatorMenuItem(), item("action.showAllChains", this::showAllChains));
    }

    private void moveLink(SelectedLink link, int by) {
        int target = link.index() + by;
        context.execute(new MoveLink(link.chainId(), link.index(), target));
        context.links().select(new SelectedLink(link.chainId(), target, link.fromId(), link.toId()));
    }

    private void showAllChains() {
        context.links().clear();
        context.selection().selectChain(null);
    }

    private static ContextMenu menu(String id, MenuItem... items) {
        ContextMenu menu = new ContextMenu(items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(StructureText.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(event -> action.run());
        return item;
    }
}
