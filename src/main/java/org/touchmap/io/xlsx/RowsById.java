package org.touchmap.io.xlsx;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What every sheet matched by id does first with a row, the Touchpoints sheet's and the Notes
 * sheet's alike: keep the cells of the columns it knows, pass over a blank row, read the id and
 * refuse one that an earlier row already gave.
 */
final class RowsById {
    /** A row's cells by column and its id, empty for a row that adds a new element. */
    record Start(Map<Integer, SheetCell> byColumn, String id) {
    }

    private final IntPredicate knownColumn;
    private final int idColumn;
    private final Map<String, Integer> rowOfId = new HashMap<>();

    RowsById(IntPredicate knownColumn, int idColumn) {
        this.knownColumn = knownColumn;
        this.idColumn = idColumn;
    }

    /**
     * The row's start; empty for a blank row, and for a row whose id came before, when
     * {@code duplicate} is told the id and the earlier row.
     */
    Optional<Start> start(int rowNumber, List<SheetCell> cells, BiConsumer<String, Integer> duplicate) {
        Map<Integer, SheetCell> byColumn = new LinkedHashMap<>();
        for (SheetCell cell : cells) {
            if (knownColumn.test(cell.column())) {
                byColumn.put(cell.column(), cell);
            }
        }
        if (byColumn.values().stream().allMatch(SheetCell::isBlank)) {
            return Optional.empty();
        }
        SheetCell idCell = byColumn.get(idColumn);
        String id = idCell == null || idCell.kind() == SheetCell.Kind.ERROR ? "" : idCell.text().strip();
        if (!id.isEmpty()) {
            Integer earlier = rowOfId.putIfAbsent(id, rowNumber);
            if (earlier != null) {
                duplicate.accept(id, earlier);
                return Optional.empty();
            }
        }
        return Optional.of(new Start(byColumn, id));
    }

    /** Where a merge of cells among the rows starts: the row (1-based) and the column (0-based). */
    record MergeStart(int rowNumber, int column) {
    }

    /**
     * Where a merge among the rows below the header starts; empty for a merge within the header or a
     * range that cannot be read. Only the first cell of a merge keeps its text, so each is a problem.
     */
    static Optional<MergeStart> mergeBelow(String range, int headerRowNumber) {
        CellRangeAddress merge;
        try {
            merge = CellRangeAddress.valueOf(range);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (merge.getLastRow() + 1 <= headerRowNumber) {
            return Optional.empty();
        }
        return Optional.of(new MergeStart(Math.max(merge.getFirstRow() + 1, headerRowNumber + 1), merge.getFirstColumn()));
    }

    /** Whether a row of the sheet holds the id. */
    boolean holds(String id) {
        return rowOfId.containsKey(id);
    }
}
