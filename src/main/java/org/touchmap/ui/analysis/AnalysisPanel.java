package org.touchmap.ui.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.touchmap.analysis.AnalysisReport;
import org.touchmap.model.JourneyMap;
import org.touchmap.ui.i18n.Messages;
import org.touchmap.ui.voting.VoteList;

/**
 * What the analysis says about the open map, under the canvas: the stage table and the funnel
 * chart, the weak links and the other findings. It shows {@link AnalysisReport} as it is and works out nothing itself.
 * While hidden it does not compute the report; showing it brings it up to date.
 */
public final class AnalysisPanel {
    private static final double TABLE_SHARE = 0.72;
    /** Where the panel starts, as a share of the window's height. */
    private static final double PANEL_AT = 0.64;
    private static final double LINKS_SHARE = 0.55;
    private final Supplier<JourneyMap> map;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", false);
    private final StageTable stages = new StageTable();
    private final WeakLinkList weakLinks;
    private final FindingsView findings = new FindingsView();
    private final FunnelChart funnel = new FunnelChart();
    private final VoteList votes;
    private final Label biggestLeak = new Label();
    private final SplitPane root;
    private boolean stale = true;

    /**
     * @param map         the map shown in the window
     * @param chooseCard  selects a touchpoint's card on the canvas, by id
     */
    public AnalysisPanel(Supplier<JourneyMap> map, Consumer<String> chooseCard) {
        this.map = Objects.requireNonNull(map, "map");
        this.weakLinks = new WeakLinkList(chooseCard);
        this.votes = new VoteList(chooseCard);
        Label linksTitle = new Label(Messages.get("analysis.weakLinks"));
        linksTitle.getStyleClass().add("analysis-heading");
        VBox links = new VBox(4, linksTitle, weakLinks.node());
        VBox.setVgrow(weakLinks.node(), Priority.ALWAYS);
        links.getStyleClass().add("analysis-weak-links-box");
        SplitPane lists = new SplitPane(links, findings.node());
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(LINKS_SHARE);
        root = new SplitPane(stagesAndFunnel(), lists);
        root.setId("analysis-panel");
        root.getStyleClass().add("analysis-panel");
        root.setDividerPositions(TABLE_SHARE);
        root.setMinHeight(120);
        showing.addListener((obs, was, now) -> {
            if (now) {
                refreshIfStale();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Whether the panel is in the window; bind the menu's check item to it. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** The map changed: recomputes the report now if the panel is showing, else when it is shown. */
    public void mapChanged() {
        stale = true;
        if (showing.get()) {
            refreshIfStale();
        }
    }

    private void refreshIfStale() {
        JourneyMap current = map.get();
        if (!stale || current == null) {
            return;
        }
        stale = false;
        AnalysisReport report = AnalysisReport.of(current);
        MapNames names = new MapNames(current);
        stages.show(StageRow.of(report));
        funnel.show(report);
        weakLinks.show(report.weakLinks(), names);
        findings.show(report, names);
        votes.show(current);
        Optional<String> leak = AnalysisFormat.current().biggestLeak(report);
        biggestLeak.setText(leak.orElse(""));
        biggestLeak.setVisible(leak.isPresent());
    }

    /**
     * The answer to "where do I lose customers?" in one line, over the stage table and the funnel chart,
     * in tabs: side by side neither would have room.
     */
    private VBox stagesAndFunnel() {
        Tab table = new Tab(Messages.get("analysis.tab.stages"), stages.node());
        table.setId("analysis-tab-stages");
        Tab chart = new Tab(Messages.get("analysis.tab.funnel"), funnel.node());
        chart.setId("analysis-tab-funnel");
        TabPane tabs = new TabPane(table, chart, votes.tab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("analysis-tabs");
        biggestLeak.setId("analysis-biggest-leak");
        biggestLeak.getStyleClass().addAll("analysis-biggest-leak", "danger");
        biggestLeak.setWrapText(true);
        biggestLeak.managedProperty().bind(biggestLeak.visibleProperty());
        biggestLeak.setVisible(false);
        VBox box = new VBox(4, biggestLeak, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    /**
     * The workspace (canvas and side panels) with the panel below it, in a vertical split that holds
     * the panel only while it is showing, so the canvas has all the room otherwise.
     */
    public SplitPane below(Node workspace) {
        SplitPane area = new SplitPane(workspace);
        area.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(root, false);
        showing.addListener((obs, was, now) -> {
            if (now && !area.getItems().contains(root)) {
                area.getItems().add(root);
                area.setDividerPositions(PANEL_AT);
            } else if (!now) {
                area.getItems().remove(root);
            }
        });
        return area;
    }
}
