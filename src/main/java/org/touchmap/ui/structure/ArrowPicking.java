package org.touchmap.ui.structure;

import java.util.Optional;

import javafx.collections.SetChangeListener;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Polyline;

import org.touchmap.edit.ChainProperties;
import org.touchmap.edit.Command;
import org.touchmap.edit.UnlinkTouchpoints;
import org.touchmap.layout.Connector;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Point;
import org.touchmap.ui.chains.LinkSelection;
import org.touchmap.ui.chains.SelectedLink;
import org.touchmap.ui.editor.Selection;

/**
 * Selecting an arrow by clicking it: the layout finds the arrow nearest the click, the arrow gets a
 * halo, and its chain becomes the active one. Selecting cards, a stage or a lane lets it go.
 */
final class ArrowPicking {
    /** How near the click must be to an arrow, on screen. */
    private static final double REACH = 5;

    private final EditorContext context;
    private final Polyline halo = new Polyline();

    ArrowPicking(EditorContext context) {
        this.context = context;
        halo.getStyleClass().add("selected-arrow");
        halo.setMouseTransparent(true);
        halo.setVisible(false);
    }

    void install() {
        context.canvas().overlay().getChildren().add(0, halo);
        context.canvas().mapContent().addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        LinkSelection links = context.links();
        links.selectedProperty().addListener((obs, old, now) -> showHalo());
        context.canvas().mapLayoutProperty().addListener((obs, old, now) -> showHalo());
        context.canvas().navigation().zoomProperty().addListener((obs, old, now) -> showHalo());
        Selection selection = context.selection();
        selection.touchpoints().addListener((SetChangeListener<String>) change -> {
            if (!selection.touchpoints().isEmpty()) {
                links.clear();
            }
        });
        selection.stage().addListener((obs, old, now) -> letGoWhen(now != null));
        selection.lane().addListener((obs, old, now) -> letGoWhen(now != null));
        selection.chain().addListener((obs, old, now) ->
                letGoWhen(links.get() != null && !links.get().chainId().equals(now)));
    }

    /** Selects the arrow under the point, if any; used by clicks and by the arrows' context menu. */
    Optional<Connector> selectAt(double x, double y) {
        MapLayout layout = context.layout();
        if (layout == null || layout.cardAt(x, y).isPresent()
                || layout.headerAt(x, y, context.screenDistance(HeaderGestures.EDGE_REACH)).isPresent()) {
            return Optional.empty();
        }
        Optional<Connector> arrow = layout.connectorAt(x, y, context.screenDistance(REACH));
        arrow.ifPresent(this::select);
        return arrow;
    }

    /** Deletes the selected arrow's link, or the selected next-chain arrow's "next chain"; false with none. */
    boolean deleteSelected() {
        SelectedLink link = context.links().get();
        if (link == null) {
            return false;
        }
        context.links().clear();
        Command delete = link.isNextChainArrow()
                ? ChainProperties.NEXT_CHAIN.change(link.chainId(), null)
                : new UnlinkTouchpoints(link.chainId(), link.index());
        context.execute(delete);
        return true;
    }

    private void pressed(MouseEvent event) {
        if (event.isConsumed() || event.getButton() != MouseButton.PRIMARY || context.isForOverlay(event)) {
            return;
        }
        if (selectAt(event.getX(), event.getY()).isPresent()) {
            context.focusCanvas();
            event.consume();
        } else {
            context.links().clear();
        }
    }

    private void select(Connector connector) {
        context.selection().clear();
        context.selection().selectChain(connector.chainId());
        context.links().select(SelectedLink.of(connector));
    }

    private void letGoWhen(boolean condition) {
        if (condition) {
            context.links().clear();
        }
    }

    private void showHalo() {
        SelectedLink link = context.links().get();
        MapLayout layout = context.layout();
        Optional<Connector> arrow = link == null || layout == null ? Optional.empty()
                : layout.connectors().stream().filter(link::isDrawnBy).findFirst();
        halo.setVisible(arrow.isPresent());
        arrow.ifPresent(connector -> {
            halo.getPoints().clear();
            for (Point point : connector.points()) {
                halo.getPoints().addAll(point.x(), point.y());
            }
            halo.setStrokeWidth(context.screenDistance(10));
        });
    }
}
