package org.touchmap.ui.export;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.render.PaperSize;
import org.touchmap.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File → Export: the format and, for pictures, the scale and what to draw. Shows how large the
 * picture or how many pages the poster will be before anything is written.
 */
final class ExportDialog {
    /** A scale as the dialog offers it: "2×" or "300 dpi (print)". */
    record ScaleChoice(String label, double scale) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A chain to show in the emotion strip, or none. */
    record ChainChoice(String label, String chainId) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One page, or a poster over A4 or A3 pages. */
    record PageChoice(String label, PaperSize poster) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final double FIELD_WIDTH = 400;

    private final Dialog<ExportSettings> dialog = new Dialog<>();
    private final ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
    private final ComboBox<ScaleChoice> scale = new ComboBox<>();
    private final CheckBox transparent = new CheckBox(Messages.get("export.transparent"));
    private final CheckBox legend = new CheckBox(Messages.get("export.legend"));
    private final CheckBox onlyChain = new CheckBox();
    private final ComboBox<ChainChoice> emotion = new ComboBox<>();
    private final ComboBox<PageChoice> pages = new ComboBox<>();
    private final Label size = new Label();
    private final JourneyMap map;
    private final String activeChainId;
    private final ExportSize sizes;
    private final ButtonType exportButton;

    ExportDialog(Window owner, JourneyMap map, String activeChainId, ExportPreferences preferences, ExportSize sizes) {
        this.map = map;
        this.activeChainId = activeChainId;
        this.sizes = sizes;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("export.title"));
        dialog.setHeaderText(Messages.get("export.header", map.title()));
        exportButton = new ButtonType(Messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        // JavaFX names its own Cancel button only in some languages; ours speaks all of Touchmap's.
        ButtonType cancel = new ButtonType(Messages.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(exportButton, cancel);
        dialog.getDialogPane().setContent(form());
        // As wide as the form wants, so that no choice or check box is cut in a long language.
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        fill(preferences);
        format.valueProperty().addListener((obs, old, now) -> update());
        scale.valueProperty().addListener((obs, old, now) -> update());
        legend.selectedProperty().addListener((obs, old, now) -> update());
        emotion.valueProperty().addListener((obs, old, now) -> update());
        pages.valueProperty().addListener((obs, old, now) -> update());
        update();
        dialog.setResultConverter(button -> button == exportButton ? settings() : null);
    }

    Optional<ExportSettings> showAndWait() {
        return dialog.showAndWait();
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16, 20, 8, 20));
        int row = 0;
        grid.addRow(row++, new Label(Messages.get("export.format")), format);
        grid.addRow(row++, new Label(Messages.get("export.scale")), scale);
        grid.addRow(row++, new Label(Messages.get("export.pages")), pages);
        grid.addRow(row++, new Label(Messages.get("export.emotion")), emotion);
        grid.add(legend, 1, row++);
        grid.add(transparent, 1, row++);
        grid.add(onlyChain, 1, row++);
        grid.add(size, 1, row);
        size.getStyleClass().add("text-muted");
        size.setWrapText(true);
        // Labels keep their whole text in every language; the fields share one width.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        // The fields are at least this wide and grow to show a long choice or check box whole.
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(FIELD_WIDTH);
        size.setPrefWidth(FIELD_WIDTH);
        size.setMinHeight(Region.USE_PREF_SIZE);
        for (CheckBox box : List.of(legend, transparent, onlyChain)) {
            box.setMinWidth(Region.USE_PREF_SIZE);
        }
        grid.getColumnConstraints().addAll(labels, fields);
        for (ComboBox<?> box : List.of(format, scale, pages, emotion)) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(Region.USE_PREF_SIZE);
        }
        format.setId("export-format");
        scale.setId("export-scale");
        return grid;
    }

    private void fill(ExportPreferences preferences) {
        scale.getItems().setAll(
                new ScaleChoice(Messages.get("export.scale.times", 1), 1),
                new ScaleChoice(Messages.get("export.scale.times", 2), 2),
                new ScaleChoice(Messages.get("export.scale.times", 3), 3),
                new ScaleChoice(Messages.get("export.scale.dpi", 150), 150 / 96.0),
                new ScaleChoice(Messages.get("export.scale.dpi", 300), 300 / 96.0));
        scale.setValue(scale.getItems().stream().filter(c -> Math.abs(c.scale() - preferences.scale()) < 1e-6)
                .findFirst().orElse(scale.getItems().get(1)));
        format.setValue(preferences.format());
        legend.setSelected(preferences.legend());
        List<ChainChoice> chains = new ArrayList<>();
        chains.add(new ChainChoice(Messages.get("export.emotion.none"), null));
        for (Chain chain : map.chains()) {
            chains.add(new ChainChoice(chain.name(), chain.id()));
        }
        emotion.getItems().setAll(chains);
        emotion.setValue(chains.get(0));
        pages.getItems().setAll(
                new PageChoice(Messages.get("export.pages.one"), null),
                new PageChoice(Messages.get("export.pages.poster", "A4"), PaperSize.A4),
                new PageChoice(Messages.get("export.pages.poster", "A3"), PaperSize.A3));
        pages.setValue(pages.getItems().get(0));
        Optional<Chain> active = Optional.ofNullable(activeChainId).flatMap(map::findChain);
        onlyChain.setText(active.map(chain -> Messages.get("export.onlyChain", chain.name()))
                .orElse(Messages.get("export.onlyChain.none")));
        onlyChain.setDisable(active.isEmpty());
    }

    private void update() {
        ExportFormat chosen = format.getValue();
        boolean picture = chosen.isPicture();
        // A vector drawing is sharp at any size: the size matters for pixels and for a poster's pages.
        scale.setDisable(!sizeMatters(chosen));
        legend.setDisable(!picture);
        emotion.setDisable(!picture);
        onlyChain.setDisable(!picture || activeChainId == null || map.findChain(activeChainId).isEmpty());
        transparent.setDisable(chosen != ExportFormat.PNG);
        pages.setDisable(chosen != ExportFormat.PDF);
        ExportSize.Estimate estimate = sizes.estimate(map, settings());
        size.setText(estimate.text());
        size.setStyle(estimate.feasible() ? "" : "-fx-text-fill: -color-danger-fg;");
        dialog.getDialogPane().lookupButton(exportButton).setDisable(!estimate.feasible());
    }

    private boolean sizeMatters(ExportFormat chosen) {
        return chosen == ExportFormat.PNG || chosen == ExportFormat.PDF && pages.getValue().poster() != null;
    }

    private ExportSettings settings() {
        ExportFormat chosen = format.getValue();
        return new ExportSettings(chosen,
                sizeMatters(chosen) ? scale.getValue().scale() : 1,
                chosen == ExportFormat.PNG && transparent.isSelected(),
                legend.isSelected(),
                onlyChain.isSelected() && !onlyChain.isDisabled() ? activeChainId : null,
                emotion.getValue().chainId(),
                chosen == ExportFormat.PDF ? pages.getValue().poster() : null);
    }
}
