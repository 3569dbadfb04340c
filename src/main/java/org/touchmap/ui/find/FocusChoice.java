package org.touchmap.ui.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.touchmap.analysis.Focus;
import org.touchmap.model.Chain;
import org.touchmap.model.JourneyMap;
import org.touchmap.model.Lane;
import org.touchmap.model.LaneKind;

/**
 * View → Focus: keep only the negative, unrated or key-point cards in sight, or one chain, or one
 * lane, or the lanes of one kind (with their notes); the rest fade. The chains and lanes are listed afresh each time the menu opens, so they
 * are those of the map as it is now. One focus at a time; choosing the one in force again, or
 * Clear focus (Shift+Escape), shows every card again.
 */
public final class FocusChoice {
    private final ObjectProperty<Focus> focus;
    private final Supplier<JourneyMap> map;
    private final Menu menu = new Menu(FindText.get("focus.menu"));
    private ToggleGroup group = new ToggleGroup();

    public FocusChoice(ObjectProperty<Focus> focus, Supplier<JourneyMap> map) {
        this.focus = Objects.requireNonNull(focus, "focus");
        this.map = Objects.requireNonNull(map, "map");
        menu.setId("focus-menu");
        menu.setOnShowing(e -> rebuild());
        // A menu bar only shows accelerators of items it holds, so the items exist from the start.
        rebuild();
    }

    public Menu menu() {
        return menu;
    }

    /** How a focus reads in the status line, e.g. "Negative cards" or "Chain: First visit". */
    public static String describe(Focus focus, JourneyMap map) {
        return switch (focus.kind()) {
            case NEGATIVE -> FindText.get("focus.negative");
            case UNRATED -> FindText.get("focus.unrated");
            case KEY_POINTS -> FindText.get("focus.keyPoints");
            case CHAIN -> FindText.get("focus.chainNamed",
                    map.findChain(focus.elementId()).map(Chain::name).orElse(focus.elementId()));
            case LANE -> FindText.get("focus.laneNamed",
                    map.findLane(focus.elementId()).map(Lane::name).orElse(focus.elementId()));
            case LANE_KIND -> FindText.get("focus.laneKindNamed", java.util.Arrays.stream(LaneKind.values())
                    .filter(kind -> kind.fileName().equals(focus.elementId())).findFirst()
                    .map(kind -> kind.displayName(FindText.locale())).orElse(focus.elementId()));
        };
    }

    private void rebuild() {
        // A fresh group each time, so the items of earlier showings do not pile up in it.
        group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        items.add(choice(FindText.get("focus.negative"), Focus.negative(), "Shortcut+Alt+1"));
        items.add(choice(FindText.get("focus.unrated"), Focus.unrated(), "Shortcut+Alt+2"));
        items.add(choice(FindText.get("focus.keyPoints"), Focus.keyPoints(), "Shortcut+Alt+3"));
        JourneyMap shown = map.get();
        Menu chains = new Menu(FindText.get("focus.chain"));
        Menu lanes = new Menu(FindText.get("focus.lane"));
        Menu kinds = new Menu(FindText.get("focus.laneKind"));
        kinds.setId("focus-lane-kind");
        if (shown != null) {
            shown.chains().forEach(chain -> chains.getItems().add(choice(chain.name(), Focus.chain(chain.id()), null)));
            shown.lanes().forEach(lane -> lanes.getItems().add(choice(lane.name(), Focus.lane(lane.id()), null)));
            shown.lanes().stream().map(Lane::kind).distinct().sorted().forEach(kind -> kinds.getItems().add(
                    choice(kind.displayName(FindText.locale()), Focus.laneKind(kind), null)));
        }
        chains.setDisable(chains.getItems().isEmpty());
        lanes.setDisable(lanes.getItems().isEmpty());
        kinds.setDisable(kinds.getItems().isEmpty());
        items.add(new SeparatorMenuItem());
        items.add(chains);
        items.add(lanes);
        items.add(kinds);
        items.add(new SeparatorMenuItem());
        MenuItem clear = new MenuItem(FindText.get("focus.clear"));
        clear.setId("focus-clear");
        clear.setAccelerator(KeyCombination.keyCombination("Shift+Esc"));
        clear.setOnAction(e -> focus.set(null));
        clear.disableProperty().bind(focus.isNull());
        items.add(clear);
        menu.getItems().setAll(items);
    }

    private RadioMenuItem choice(String text, Focus option, String shortcut) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setMnemonicParsing(false);
        item.setToggleGroup(group);
        item.setSelected(option.equals(focus.get()));
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        // Choosing the focus in force again turns it off, as a second click on a filter does elsewhere.
        item.setOnAction(e -> focus.set(option.equals(focus.get()) ? null : option));
        return item;
    }
}
