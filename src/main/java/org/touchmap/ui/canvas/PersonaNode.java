package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

import org.touchmap.layout.PersonaBand;
import org.touchmap.layout.PersonaText;
import org.touchmap.layout.Rect;
import org.touchmap.model.Persona;

/**
 * The map's persona under the title: an avatar circle with the initials, the name in bold
 * followed by the demographics, and columns of labelled needs, goals and frustrations, each text
 * in the lines the layout broke it into, so it reads whole. The exports draw the same band.
 */
final class PersonaNode extends Region {
    /** Space between the name and the demographics, as in the exports. */
    private static final double NAME_SPACING = 8;

    private final PersonaBand band;
    private final Circle avatar = new Circle();
    private final Label initials;
    private final Line headline;
    /** Each detail's label followed by the lines of its text, in the order of the band's columns. */
    private final List<List<Label>> details = new ArrayList<>();

    PersonaNode(Persona persona, PersonaBand band, CanvasMessages messages) {
        this.band = band;
        getStyleClass().add("persona-band");
        setAccessibleText(String.join(" · ", Stream.of(persona.name(), persona.demographics())
                .map(PersonaText::oneLine).filter(text -> !text.isEmpty()).toList()));
        Rect frame = band.frame();
        setPrefSize(frame.width(), frame.height());
        setMinSize(frame.width(), frame.height());
        setMaxSize(frame.width(), frame.height());
        relocate(frame.x(), frame.y());

        avatar.getStyleClass().add("persona-avatar");
        initials = label(PersonaText.initials(persona.name()), "persona-initials");
        initials.setAlignment(Pos.CENTER);
        headline = new Line("persona-headline", NAME_SPACING,
                label(PersonaText.oneLine(persona.name()), "persona-name"),
                label(PersonaText.oneLine(persona.demographics()), "persona-demographics"));
        getChildren().addAll(avatar, initials, headline);
        for (PersonaBand.DetailBox box : band.details()) {
            List<Label> column = new ArrayList<>();
            column.add(wholeLine(messages.get("persona." + box.detail().key()), "persona-label"));
            box.lines().forEach(line -> column.add(wholeLine(line, "persona-text")));
            details.add(column);
            getChildren().addAll(column);
        }
    }

    @Override
    protected void layoutChildren() {
        Rect box = band.avatar();
        avatar.setRadius(box.width() / 2);
        avatar.setCenterX(box.centerX() - band.frame().x());
        avatar.setCenterY(box.centerY() - band.frame().y());
        place(initials, box);
        place(headline, band.headline());
        for (int i = 0; i < details.size(); i++) {
            PersonaBand.DetailBox detail = band.details().get(i);
            List<Label> column = details.get(i);
            placeCentred(column.get(0), detail.labelBox());
            for (int line = 1; line < column.size(); line++) {
                placeCentred(column.get(line), detail.lineBox(line - 1));
            }
        }
    }

    /** Places a line of text vertically centred in a box given in map coordinates, as wide as its text. */
    private void placeCentred(Label line, Rect box) {
        Rect frame = band.frame();
        double height = line.prefHeight(-1);
        line.resizeRelocate(box.x() - frame.x(), box.centerY() - height / 2 - frame.y(), line.prefWidth(-1), height);
    }

    /** Places a child at a box given in map coordinates, relative to this band. */
    private void place(Region child, Rect box) {
        Rect frame = band.frame();
        child.resizeRelocate(box.x() - frame.x(), box.y() - frame.y(), box.width(), box.height());
    }

    /**
     * Lays out pieces side by side on one baseline, the first piece centred in the box; a piece
     * that does not fit is cut with an ellipsis and the pieces after it are hidden, as the exports
     * cut their lines.
     */
    private static final class Line extends Region {
        private final double spacing;
        private final List<Label> pieces;

        Line(String styleClass, double spacing, Label... pieces) {
            this.spacing = spacing;
            this.pieces = Arrays.stream(pieces).filter(piece -> !piece.getText().isEmpty()).toList();
            getStyleClass().add(styleClass);
            getChildren().addAll(this.pieces);
        }

        @Override
        protected void layoutChildren() {
            if (pieces.isEmpty()) {
                return;
            }
            Label first = pieces.get(0);
            double baseline = (getHeight() - first.prefHeight(-1)) / 2 + first.getBaselineOffset();
            double x = 0;
            boolean cut = false;
            for (Label piece : pieces) {
                double room = getWidth() - x;
                piece.setVisible(!cut && room > 0);
                if (!piece.isVisible()) {
                    continue;
                }
                double width = Math.min(piece.prefWidth(-1), room);
                piece.resizeRelocate(x, baseline - piece.getBaselineOffset(), width, piece.prefHeight(-1));
                cut = width < piece.prefWidth(-1);
                x += width + spacing;
            }
        }
    }

    /**
     * A line the layout measured to fit: never shortened, since the canvas's hinting may make it a
     * fraction of a pixel wider than measured.
     */
    private static Label wholeLine(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMinWidth(0);
        return label;
    }
}
