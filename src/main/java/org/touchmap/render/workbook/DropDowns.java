package org.touchmap.render.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.touchmap.io.xlsx.ColumnRule;
import org.touchmap.io.xlsx.TouchpointColumn;

/**
 * Drop-down lists and number checks on the {@code Touchpoints} sheet's columns, as their
 * {@link ColumnRule}s say. They reach some rows below the last card, so cards typed in as new
 * rows get them too. Excel keeps a list typed into a validation to 255 characters and splits it
 * at commas; a longer list, or one with a comma, comes from a range ({@link ListRanges}) instead.
 */
final class DropDowns {
    /** Excel's limit on a validation's list typed in place, quotes included. */
    static final int MAX_LIST_FORMULA = 255;
    /** Rows with drop-downs below the last card, for new cards typed into the sheet. */
    static final int SPARE_ROWS = 500;

    private final SheetContext context;
    private final Sheet sheet;
    private final ListRanges lists;
    private final DataValidationHelper helper;

    DropDowns(SheetContext context, Sheet sheet, ListRanges lists) {
        this.context = context;
        this.sheet = sheet;
        this.lists = lists;
        this.helper = sheet.getDataValidationHelper();
    }

    void addAll(List<TouchpointColumn<?>> columns, int cardRows) {
        for (int i = 0; i < columns.size(); i++) {
            add(columns.get(i).rule(context.locale()), new CellRangeAddressList(1, cardRows + SPARE_ROWS, i, i));
        }
    }

    private void add(ColumnRule rule, CellRangeAddressList cells) {
        if (rule instanceof ColumnRule.Choices choices && fitsInPlace(choices.words())) {
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(choices.words().toArray(String[]::new)), cells);
            validation.setEmptyCellAllowed(choices.blankAllowed());
            strict(validation, context.text().get("validation.list"));
        } else if (rule instanceof ColumnRule.Names names && lists.name(names.source()) != null) {
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint(lists.name(names.source())), cells);
            if (names.strict()) {
                strict(validation, context.text().get("validation.list"));
            } else {
                validation.setShowErrorBox(false);
                sheet.addValidationData(validation);
            }
        } else if (rule instanceof ColumnRule.WholeNumbers whole) {
            DataValidationConstraint constraint = helper.createIntegerConstraint(OperatorType.BETWEEN,
                    Integer.toString(whole.min()), Integer.toString(whole.max()));
            strict(helper.createValidation(constraint, cells),
                    context.text().format("validation.whole", whole.min(), whole.max()));
        } else if (rule instanceof ColumnRule.Decimals decimals) {
            strict(helper.createValidation(decimalConstraint(decimals), cells), decimalMessage(decimals));
        }
    }

    private DataValidationConstraint decimalConstraint(ColumnRule.Decimals decimals) {
        return decimals.max() == Double.MAX_VALUE
                ? helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, number(decimals.min()), null)
                : helper.createDecimalConstraint(OperatorType.BETWEEN, number(decimals.min()), number(decimals.max()));
    }

    private String decimalMessage(ColumnRule.Decimals decimals) {
        return decimals.max() == Double.MAX_VALUE
                ? context.text().format("validation.atLeast", number(decimals.min()))
                : context.text().format("validation.between", number(decimals.min()), number(decimals.max()));
    }

    private void strict(DataValidation validation, String message) {
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(context.text().get("validation.title"), message);
        sheet.addValidationData(validation);
    }

    /** Whether a list can be typed into the validation: short enough, and no word with a comma. */
    static boolean fitsInPlace(List<String> words) {
        int length = 2 + String.join(",", words).length();
        return length <= MAX_LIST_FORMULA && words.stream().noneMatch(w -> w.contains(",") || w.contains("\""));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
