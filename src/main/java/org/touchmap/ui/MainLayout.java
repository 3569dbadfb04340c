package org.touchmap.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

import org.touchmap.model.JourneyMap;
import org.touchmap.ui.analysis.AnalysisPanel;
import org.touchmap.ui.canvas.EmotionStripView;
import org.touchmap.ui.canvas.MapCanvas;
import org.touchmap.ui.catalog.CatalogPanel;
import org.touchmap.ui.editor.Document;
import org.touchmap.ui.editor.Selection;
import org.touchmap.ui.find.FocusChip;
import org.touchmap.ui.find.SearchBar;
import org.touchmap.ui.properties.PropertyPanel;
import org.touchmap.ui.structure.StructureEditing;

/**
 * Where each part of the main window sits: the menus and toolbar on top; the catalog above the
 * chains on the left, the canvas with its search bar and emotion strip in the middle, the property
 * panel on the right, the analysis below them; the status line at the bottom.
 */
final class MainLayout {
    private static final double DEFAULT_WIDTH = 1600;
    private static final double DEFAULT_HEIGHT = 960;

    private final ObservableValue<Document> document;
    private final Selection selection;
    private final MapCanvas canvas;
    private final StructureEditing structure;
    private final SearchBar searchBar;
    private final EmotionStripView emotionStrip;
    private final Consumer<String> openLink;

    MainLayout(ObservableValue<Document> document, Selection selection, MapCanvas canvas, StructureEditing structure,
               SearchBar searchBar, EmotionStripView emotionStrip, Consumer<String> openLink) {
        this.openLink = openLink;
        this.document = document;
        this.selection = selection;
        this.canvas = canvas;
        this.structure = structure;
        this.searchBar = searchBar;
        this.emotionStrip = emotionStrip;
    }

    /** The whole window's content in a scene that fits the screen, with the window's stylesheet. */
    Scene scene(MainMenus menus, SidePanels sidePanels, AnalysisPanel analysis, StatusLine status,
                Supplier<JourneyMap> map) {
        BorderPane root = new BorderPane();
        root.setTop(menus.node());
        root.setCenter(sidePanels.withAnalysisBelow(analysis.showingProperty(),
                () -> analysis.below(workspace(sidePanels))));
        root.setBottom(status.node());
        status.addPart(new FocusChip(canvas, map).node());
        status.zoomProperty().bind(canvas.navigation().zoomProperty());
        Scene scene = fitToScreen(root);
        scene.getStylesheets().add(MainLayout.class.getResource("main-window.css").toExternalForm());
        return scene;
    }

    private SplitPane workspace(SidePanels sidePanels) {
        CatalogPanel catalog = new CatalogPanel(selection, document);
        PropertyPanel properties = new PropertyPanel(selection, document);
        properties.setLinkOpener(openLink);
        structure.chainPanel().setOnChainAdded(properties::editFirstField);
        structure.chainPanel().setOnChainChosen(canvas.navigation()::revealChain);
        VBox middle = new VBox(searchBar.node(), emotionStrip.withCanvasAbove());
        VBox.setVgrow(middle.getChildren().get(1), Priority.ALWAYS);
        return sidePanels.around(catalog, structure.chainPanel(), properties, middle);
    }

    private static Scene fitToScreen(Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9));
    }
}
