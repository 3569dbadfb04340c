package org.touchmap.ui.canvas;

import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import org.touchmap.layout.CardAnatomy;
import org.touchmap.layout.CardBadge;
import org.touchmap.layout.Rect;

/**
 * A touchpoint's card: a rounded box with a rating-coloured edge on the left, the channel icon,
 * badges, a rating icon and the name. Every part sits where the layout's {@link CardAnatomy} says.
 *
 * <p>Cards are many, and a node costs memory and drawing time whether it is seen or not, so a
 * card holds its parts only while it is shown: {@link ViewportCulling} hides the cards far out of
 * view, and a hidden card lets go of its parts and keeps only what it needs to build them again
 * (ADR 0012). Zoomed far out, where a card is a small coloured box, a shown card builds no parts
 * at all and draws its box and rating edge as its own background and border ({@code :compact}).
 */
final class CardNode extends Region {
    static final String STYLE_CLASS = "card";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Zoomed far out: the card draws its box and rating edge as its own background and border. */
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final String touchpointId;
    private final CardFace face;
    private final CardAnatomy anatomy;
    private final String description;
    private boolean details = true;
    private boolean selected;
    /** The name while the card shows its details, else {@code null}. */
    private Text name;
    private Font fittedFont;
    private Rectangle focusRing;
    private Rect bounds = Rect.EMPTY;

    /** A card starts hidden and without parts; culling shows it when it is near the view. */
    CardNode(String touchpointId, CardFace face, CardAnatomy anatomy, CanvasMessages messages) {
        this.touchpointId = touchpointId;
        this.face = face;
        this.anatomy = anatomy;
        getStyleClass().addAll(STYLE_CLASS, face.rating().name().toLowerCase(Locale.ROOT));
        if (face.uncontrolled()) {
            getStyleClass().add("uncontrolled");
        }
        if (face.keyPoint()) {
            getStyleClass().add("key-point");
        }
        StringBuilder text = new StringBuilder(face.name()).append('\n').append(messages.rating(face.rating()));
        for (CardBadge badge : face.badges()) {
            text.append(" · ").append(messages.badge(badge));
        }
        description = text.toString();
        setAccessibleText(description);
        setVisible(false);
        setCache(details);
        visibleProperty().addListener(obs -> buildParts());
        // A tooltip per card costs a popup window each; create it only when someone hovers.
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> installTooltipOnce());
    }

    String touchpointId() {
        return touchpointId;
    }

    CardFace face() {
        return face;
    }

    /** Where the card lies, in map coordinates, whether or not it is in the scene. */
    Rect bounds() {
        return bounds;
    }

    /** Moves and sizes the card to its box in map coordinates. */
    void place(Rect bounds) {
        this.bounds = bounds;
        setMinSize(bounds.width(), bounds.height());
        setPrefSize(bounds.width(), bounds.height());
        setMaxSize(bounds.width(), bounds.height());
        relocate(bounds.x(), bounds.y());
        // Sized now, not at the next layout: a card put into the scene after a pulse's layout
        // would otherwise be drawn without a size for a frame.
        resize(bounds.width(), bounds.height());
    }

    void setSelected(boolean selected) {
        this.selected = selected;
        if (focusRing != null) {
            focusRing.setVisible(selected);
        } else if (selected && hasParts()) {
            addFocusRing();
        }
        pseudoClassStateChanged(SELECTED, selected);
    }

    boolean isSelected() {
        return selected;
    }

    /**
     * Shows or leaves out the name, icons and badges. Zoomed far out they are too small to read,
     * and text is what costs most to draw; the card is then drawn {@code :compact}.
     */
    void showDetails(boolean shown) {
        if (shown != details) {
            details = shown;
            buildParts();
        }
    }

    /** Whether the card holds its parts now; a card far out of view or zoomed far out holds none. */
    boolean hasParts() {
        return !getChildren().isEmpty();
    }

    /** Fits the name once its font is known from the stylesheet, and again only if the font changes. */
    @Override
    protected void layoutChildren() {
        fitName();
    }

    private void fitName() {
        if (name != null && !name.getFont().equals(fittedFont)) {
            TextFitting.fit(name, face.name(), anatomy.nameBox().height());
            fittedFont = name.getFont();
        }
    }

    /** Builds the parts the card shows now, or lets them all go while it is hidden. */
    private void buildParts() {
        if (!getChildren().isEmpty()) {
            getChildren().clear();
        }
        name = null;
        fittedFont = null;
        focusRing = null;
        if (!isVisible()) {
            // A hidden card changes nothing else: its look is set when it is shown. Restyling every
            // hidden card of a large map when the zoom crossed the detail threshold made the whole
            // card layer's styles be worked out again for each card built in view.
            return;
        }
        pseudoClassStateChanged(COMPACT, !details);
        // With details, drawn from a picture of itself: copying it costs far less than drawing its
        // shapes and glyphs on every frame of a drag or scroll (see ZoomCaching for zooming). A
        // compact card is one box, as quick to draw as its picture, and thousands of pictures
        // redrawn sharp once the zoom settles took over a second.
        setCache(details);
        if (details) {
            getChildren().addAll(CardParts.box(anatomy));
            name = CardParts.name(face, anatomy);
            getChildren().add(name);
            getChildren().addAll(CardParts.icons(face, anatomy));
        }
        if (selected) {
            addFocusRing();
        }
        // Styled and fitted at once: parts are built while culling, after the pulse's own CSS and
        // layout passes, and an unstyled shape would be drawn black for a frame. Unmanaged parts
        // do not ask for a layout, so the name is fitted here.
        applyCss();
        fitName();
    }

    private void addFocusRing() {
        focusRing = CardParts.focusRing(anatomy);
        getChildren().add(focusRing);
    }

    private void installTooltipOnce() {
        if (getProperties().containsKey(Tooltip.class)) {
            return;
        }
        Tooltip tooltip = new Tooltip(description);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        // Escape hides the tooltip and still reaches the canvas, where it ends a gesture or the connect tool.
        tooltip.setConsumeAutoHidingEvents(false);
        Tooltip.install(this, tooltip);
        getProperties().put(Tooltip.class, tooltip);
    }
}
