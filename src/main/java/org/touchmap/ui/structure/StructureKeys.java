package org.touchmap.ui.structure;

import javafx.scene.input.KeyEvent;

/**
 * The keys of structure editing on the canvas: Delete removes the selected arrow's link or the
 * selected stage or lane, F2 renames the selected stage or lane, Escape ends the connect tool or
 * lets go of the selected arrow. Cards are not handled here; keys that are not used pass on.
 */
final class StructureKeys {
    private final EditorContext context;
    private final ArrowPicking arrows;
    private final StructureEdits edits;
    private final ConnectTool tool;
    private final HeaderRenameEditor rename;

    StructureKeys(EditorContext context, ArrowPicking arrows, StructureEdits edits, ConnectTool tool,
                  HeaderRenameEditor rename) {
        this.context = context;
        this.arrows = arrows;
        this.edits = edits;
        this.tool = tool;
        this.rename = rename;
    }

    void install() {
        context.canvas().addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent event) {
        if (event.isConsumed() || rename.isEditing()) {
            return;
        }
        boolean used = switch (event.getCode()) {
            case DELETE, BACK_SPACE -> arrows.deleteSelected() || edits.deleteSelected();
            case F2 -> edits.renameSelected();
            case ESCAPE -> escape();
            default -> false;
        };
        if (used) {
            event.consume();
        }
    }

    private boolean escape() {
        if (tool.activeProperty().get()) {
            tool.stop();
            return true;
        }
        if (context.links().get() != null) {
            context.links().clear();
            return true;
        }
        return false;
    }
}
