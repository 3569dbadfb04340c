package org.touchmap.render.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.touchmap.io.xlsx.TouchpointColumns;
import org.touchmap.model.Criterion;
import org.touchmap.model.Touchpoint;

/**
 * The {@code Criteria} sheet: the 1–5 scores of every card, one column per criterion that some card
 * of the map is scored on, in the catalog's order; a score the catalog does not know keeps its id.
 */
final class CriteriaSheet {
    private static final int CRITERION_CHARS = 14;

    private final SheetContext context;
    private final Sheet sheet;

    CriteriaSheet(SheetContext context, Sheet sheet) {
        this.context = context;
        this.sheet = sheet;
    }

    void write() {
        List<String> criteria = criteriaInUse();
        HeaderCells header = new HeaderCells(context, sheet);
        header.add(0, TouchpointColumns.ID.header(context.locale()), TouchpointColumns.ID.width(), Looks.HEADER);
        header.add(1, TouchpointColumns.NAME.header(context.locale()), TouchpointColumns.NAME.width(), Looks.HEADER);
        for (int i = 0; i < criteria.size(); i++) {
            header.add(2 + i, displayName(criteria.get(i)), CRITERION_CHARS, Looks.HEADER);
        }
        int averageColumn = 2 + criteria.size();
        header.add(averageColumn, context.text().get("criteria.average"), CRITERION_CHARS, Looks.HEADER);
        int[] widths = header.finish();
        int rowIndex = 1;
        for (Touchpoint card : context.map().touchpoints()) {
            Row row = sheet.createRow(rowIndex++);
            context.cells().text(row, 0, card.id(), Looks.WRAPPED_MUTED);
            context.cells().text(row, 1, card.name(), Looks.WRAPPED);
            for (int i = 0; i < criteria.size(); i++) {
                Integer score = card.criteria().get(criteria.get(i));
                if (score != null) {
                    context.cells().number(row, 2 + i, score, Looks.number("0"));
                }
            }
            if (!Double.isNaN(card.criteriaAverage())) {
                context.cells().number(row, averageColumn, card.criteriaAverage(), Looks.number("0.0"));
            }
            RowHeights.fit(row, widths);
        }
        sheet.createFreezePane(2, 1);
        PrintLayout.table(sheet, 1, widths, 2);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, averageColumn));
    }

    /** Criterion ids some card is scored on: the catalog's first, in its order, then any others as met. */
    private List<String> criteriaInUse() {
        Set<String> used = new LinkedHashSet<>();
        context.map().touchpoints().forEach(card -> used.addAll(card.criteria().keySet()));
        List<String> ordered = new ArrayList<>();
        Arrays.stream(Criterion.values()).map(Criterion::id).filter(used::contains).forEach(ordered::add);
        used.stream().filter(id -> Criterion.byId(id).isEmpty()).forEach(ordered::add);
        return ordered;
    }

    private String displayName(String criterionId) {
        Optional<Criterion> criterion = Criterion.byId(criterionId);
        return criterion.map(c -> c.displayName(context.locale())).orElse(criterionId);
    }
}
