package org.touchmap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;

import org.touchmap.layout.BlueprintLine;
import org.touchmap.layout.MapLayout;
import org.touchmap.layout.Rect;
import org.touchmap.layout.SupportLink;
import org.touchmap.model.JourneyMap;

/**
 * The service blueprint on the canvas, where the layout put it for every picture too: the dashed
 * lines between the bands of lanes with their labels, and the process steps' links to the
 * touchpoints they support.
 */
final class BlueprintNodes {
    private BlueprintNodes() {
    }

    /** The lines and their labels; none for a map without blueprint lanes. */
    static List<Node> lines(MapLayout layout, Locale locale) {
        List<Node> nodes = new ArrayList<>();
        for (BlueprintLine line : layout.blueprintLines()) {
            Path path = new Path(PathElements.ofSegments(List.of(line.line())));
            path.getStyleClass().add("blueprint-line");
            path.setMouseTransparent(true);
            nodes.add(path);
            String text = line.label(locale);
            Rect box = line.labelBox(text, layout.grid().x());
            Label label = new Label(text);
            label.getStyleClass().add("blueprint-label");
            label.setAlignment(javafx.geometry.Pos.CENTER);
            label.setTextOverrun(javafx.scene.control.OverrunStyle.CLIP);
            label.setManaged(false);
            label.setMouseTransparent(true);
            label.resizeRelocate(box.x(), box.y(), box.width(), box.height());
            nodes.add(label);
        }
        return nodes;
    }

    /** Each step's link to a card it supports, tagged with the step's stage and the card (see {@link RevealTags}). */
    static List<Node> links(JourneyMap map, MapLayout layout) {
        List<Node> links = new ArrayList<>();
        for (SupportLink link : layout.supportLinks()) {
            Path path = new Path(PathElements.ofSegments(List.of(link.line())));
            path.getStyleClass().add("support-link");
            // A dot at each end, so a link that passes behind another note is not read as ending there.
            Circle from = new Circle(link.line().from().x(), link.line().from().y(), SupportLink.END_RADIUS);
            Circle to = new Circle(link.line().to().x(), link.line().to().y(), SupportLink.END_RADIUS);
            from.getStyleClass().add("support-link-end");
            to.getStyleClass().add("support-link-end");
            Group group = new Group(path, from, to);
            group.getStyleClass().add("support-link-group");
            group.setMouseTransparent(true);
            new RevealTags(List.of(map.findNote(link.noteId()).orElseThrow().stageId()), List.of(link.touchpointId()))
                    .on(group);
            links.add(group);
        }
        return links;
    }
}
