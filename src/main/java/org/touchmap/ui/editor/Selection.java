package org.touchmap.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * What the person has selected in the editor: cards, or one stage, lane or chain. Cards, a
 * stage and a lane exclude each other; the chain is kept alongside them because it is also the
 * <em>active</em> chain (highlighted, and the one fast entry appends to). The property panel
 * shows the most specific {@link #context()}.
 */
public final class Selection {
    /** What the property panel and context menus are about. */
    public enum Context { MAP, CHAIN, LANE, STAGE, TOUCHPOINTS }

    private final ObservableSet<String> touchpoints = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<String> stage = new SimpleObjectProperty<>(this, "stage");
    private final ObjectProperty<String> lane = new SimpleObjectProperty<>(this, "lane");
    private final ObjectProperty<String> chain = new SimpleObjectProperty<>(this, "chain");
    private final ObjectBinding<Context> context = Bindings.createObjectBinding(this::computeContext,
            touchpoints, stage, lane, chain);

    /** Ids of the selected cards, in the order they were selected. */
    public ObservableSet<String> touchpoints() {
        return touchpoints;
    }

    /** Id of the selected stage, or {@code null}. */
    public ObjectProperty<String> stage() {
        return stage;
    }

    /** Id of the selected lane, or {@code null}. */
    public ObjectProperty<String> lane() {
        return lane;
    }

    /** Id of the selected (active) chain, or {@code null}. */
    public ObjectProperty<String> chain() {
        return chain;
    }

    public ObjectBinding<Context> context() {
        return context;
    }

    /** Selects exactly these cards; a selected stage or lane is let go. */
    public void selectTouchpoints(Collection<String> ids) {
        stage.set(null);
        lane.set(null);
        if (!(touchpoints.size() == ids.size() && touchpoints.containsAll(ids))) {
            touchpoints.clear();
            touchpoints.addAll(ids);
        }
    }

    public void selectStage(String id) {
        touchpoints.clear();
        lane.set(null);
        stage.set(id);
    }

    public void selectLane(String id) {
        touchpoints.clear();
        stage.set(null);
        lane.set(id);
    }

    /** Makes {@code id} the active chain, or none with {@code null}; other selections stay. */
    public void selectChain(String id) {
        chain.set(id);
    }

    /** Lets go of cards, stage and lane; the active chain stays. */
    public void clear() {
        touchpoints.clear();
        stage.set(null);
        lane.set(null);
    }

    /** Lets go of everything, including the active chain, e.g. when another map is opened. */
    public void clearAll() {
        clear();
        chain.set(null);
    }

    private Context computeContext() {
        if (!touchpoints.isEmpty()) {
            return Context.TOUCHPOINTS;
        }
        if (stage.get() != null) {
            return Context.STAGE;
        }
        if (lane.get() != null) {
            return Context.LANE;
        }
        return chain.get() != null ? Context.CHAIN : Context.MAP;
    }
}
