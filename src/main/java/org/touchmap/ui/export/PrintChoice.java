package org.touchmap.ui.export;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.touchmap.model.JourneyMap;
import org.touchmap.render.PictureOptions;
import org.touchmap.render.PrintPages;
import org.touchmap.ui.i18n.Messages;

/**
 * Asks how the map goes on paper before the system's print dialog: shrunk onto one page, or as a
 * full-size poster over several pages, each with how it comes out on the default paper.
 */
final class PrintChoice {
    private final Dialog<PrintPages.Fit> dialog = new Dialog<>();

    PrintChoice(Window owner, JourneyMap map, PictureOptions options, PrintPages.Page page) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("print.title"));
        dialog.setHeaderText(Messages.get("print.header", map.title()));
        ToggleGroup group = new ToggleGroup();
        PrintPages onePage = PrintPages.of(map, options, PrintPages.Fit.ONE_PAGE, page);
        PrintPages poster = PrintPages.of(map, options, PrintPages.Fit.POSTER, page);
        RadioButton fitted = new RadioButton(onePage.shrink() >= 1 ? Messages.get("print.onePageFull")
                : Messages.get("print.onePage", onePage.shrink()));
        fitted.setId("print-one-page");
        fitted.setToggleGroup(group);
        RadioButton full = new RadioButton(Messages.get("print.poster", poster.count()));
        full.setId("print-poster");
        full.setToggleGroup(group);
        // A map that fits at full size needs no poster; one shrunk below half is hard to read on one page.
        (onePage.shrink() >= 0.5 || poster.count() == 1 ? fitted : full).setSelected(true);
        Label note = new Label(Messages.get("print.paperNote"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        VBox form = new VBox(10, fitted, full, note);
        form.setPadding(new Insets(10, 0, 0, 0));
        ButtonType print = new ButtonType(Messages.get("print.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(print, cancel);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("print-choice");
        dialog.setResultConverter(button -> button != print ? null
                : fitted.isSelected() ? PrintPages.Fit.ONE_PAGE : PrintPages.Fit.POSTER);
    }

    Optional<PrintPages.Fit> showAndWait() {
        return dialog.showAndWait();
    }
}
