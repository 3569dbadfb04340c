package org.touchmap.edit;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.touchmap.model.Stage;

/** The values of a stage the property panel edits, each one undoable. */
public final class StageProperties {
    /** Renaming also clears a customer question that is still the template's, see {@link StageRename}. */
    public static final ElementProperty<Stage, String> NAME = new ElementProperty<>(ElementKind.STAGE,
            PropertyAccess.of("stage.rename", Stage::name, Stage::setName).followedBy(new StageRename()));
    public static final ElementProperty<Stage, String> DESCRIPTION =
            property("stage.change.description", Stage::description, Stage::setDescription);
    public static final ElementProperty<Stage, String> CUSTOMER_QUESTION =
            property("stage.change.customerQuestion", Stage::customerQuestion, Stage::setCustomerQuestion);
    /** {@code #rrggbb}, or {@code null} for the theme's colour. */
    public static final ElementProperty<Stage, String> COLOR =
            property("stage.change.color", Stage::color, Stage::setColor);
    /** Phase name; blank or {@code null} takes the stage out of any phase. */
    public static final ElementProperty<Stage, String> PHASE =
            property("stage.change.phase", Stage::phase, Stage::setPhase);
    /** Customers reaching the stage, or {@code null} when unknown. */
    public static final ElementProperty<Stage, Long> VISITORS =
            property("stage.change.visitors", Stage::visitors, Stage::setVisitors);
    /** Preferred column width in pixels at 100 % zoom, or {@code null} to fit the cards. */
    public static final ElementProperty<Stage, Double> WIDTH =
            property("stage.change.width", Stage::width, Stage::setWidth);

    private StageProperties() {
    }

    public static List<ElementProperty<Stage, ?>> all() {
        return List.of(NAME, DESCRIPTION, CUSTOMER_QUESTION, COLOR, PHASE, VISITORS, WIDTH);
    }

    private static <V> ElementProperty<Stage, V> property(String key, Function<Stage, V> getter,
                                                          BiConsumer<Stage, V> setter) {
        return new ElementProperty<>(ElementKind.STAGE, PropertyAccess.of(key, getter, setter));
    }
}
