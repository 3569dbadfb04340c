package org.touchmap.ui.canvas;

import java.util.List;

import javafx.css.PseudoClass;

import org.touchmap.analysis.RevealStep;

/**
 * Presenting: the cards a step has not revealed yet are almost invisible and take no clicks, its
 * arrows are not drawn at all (an arrow would tell where the story goes), and the cards the step
 * brings in stand out. The notes and process steps of a stage come in with the stage, every lane
 * together; a step's link to a card, once both are in. Nothing in the map changes; without a step
 * everything looks as usual. Kept apart from {@link ChainEmphasis} and other fading, which mark
 * what a person asked to see, not how far a presentation has got.
 */
final class RevealedParts {
    static final PseudoClass UNREVEALED = PseudoClass.getPseudoClass("unrevealed");
    static final PseudoClass SPOTLIGHT = PseudoClass.getPseudoClass("spotlight");

    private final CanvasContent content;
    private RevealStep step;

    RevealedParts(CanvasContent content) {
        this.content = content;
    }

    /** Shows only what {@code revealed} shows, or everything with {@code null}. */
    void show(RevealStep revealed) {
        this.step = revealed;
        apply();
    }

    /** Marks the nodes of the current layout; called again after every rebuild. */
    void apply() {
        for (CardNode card : content.cards()) {
            boolean hidden = step != null && !step.shows(card.touchpointId());
            card.pseudoClassStateChanged(UNREVEALED, hidden);
            card.setMouseTransparent(hidden);
            card.pseudoClassStateChanged(SPOTLIGHT, step != null && step.spotlight().contains(card.touchpointId()));
        }
        for (NoteNode note : content.notes()) {
            note.pseudoClassStateChanged(UNREVEALED, step != null && !step.opens(note.stageId()));
        }
        for (List<javafx.scene.Node> parts : List.of(content.laneContents(), content.supportLinks())) {
            for (javafx.scene.Node part : parts) {
                part.pseudoClassStateChanged(UNREVEALED, step != null && RevealTags.aheadOf(part, step));
            }
        }
        for (ConnectorNode arrow : content.connectors()) {
            var connector = arrow.connector();
            arrow.pseudoClassStateChanged(UNREVEALED, step != null && !step.showsArrow(connector.chainId(),
                    connector.linkIndex(), connector.fromTouchpointId(), connector.toTouchpointId()));
        }
    }
}
