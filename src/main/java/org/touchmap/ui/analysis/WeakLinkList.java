package org.touchmap.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import org.touchmap.analysis.WeakLink;
import org.touchmap.ui.WrappingCell;
import org.touchmap.ui.i18n.Messages;

/** The negative touchpoints, weakest first; choosing one selects its card on the canvas. */
final class WeakLinkList {
    private final ListView<WeakLink> list = new ListView<>();
    private MapNames names;
    private AnalysisFormat format = AnalysisFormat.current();

    WeakLinkList(Consumer<String> choose) {
        list.setId("analysis-weak-links");
        list.getStyleClass().add("analysis-weak-links");
        list.setPlaceholder(new Label(Messages.get("analysis.weakLinks.none")));
        list.setCellFactory(view -> {
            // A weak link names its card, stage and criteria: it wraps rather than running past the panel.
            ListCell<WeakLink> cell = new WrappingCell<>(this::text) {
                @Override
                protected void updateItem(WeakLink link, boolean empty) {
                    super.updateItem(link, empty);
                    setTooltip(getText() == null ? null : new Tooltip(getText()));
                }
            };
            cell.setOnMouseClicked(event -> {
                if (!cell.isEmpty() && cell.getItem() != null) {
                    choose.accept(cell.getItem().touchpointId());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(event -> {
            WeakLink chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE)) {
                choose.accept(chosen.touchpointId());
                event.consume();
            }
        });
    }

    ListView<WeakLink> node() {
        return list;
    }

    void show(List<WeakLink> links, MapNames names) {
        this.names = names;
        this.format = AnalysisFormat.current();
        list.getItems().setAll(links);
        list.refresh();
    }

    /** "Booking by phone — Comparison of options · key point · criteria 2.3"; a conversion point says so likewise. */
    String text(WeakLink link) {
        List<String> details = new ArrayList<>();
        details.add(names == null ? link.stageId() : names.stage(link.stageId()));
        AnalysisFormat.reasonTag(link.reason()).ifPresent(details::add);
        if (link.criteriaAverage().isPresent()) {
            details.add(Messages.get("analysis.weakLink.criteria", format.score(link.criteriaAverage())));
        }
        return Messages.get("analysis.weakLink", link.name(), String.join(" \u00b7 ", details));
    }
}
