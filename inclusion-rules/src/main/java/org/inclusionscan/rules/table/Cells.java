package org.inclusionscan.rules.table;

import java.util.List;

/**
 * The cells of a table, row by row, as a spreadsheet shows them: row numbers from 1, cells from
 * column A. Text only: numbers are their written form, nothing is evaluated.
 *
 * @param rows   the rows that hold anything, in order
 * @param format how the file was read, as an argument for {@code rules.table.read-as} (a text key
 *               reference such as {@code @rules.table.format.semicolon})
 */
record Cells(List<Row> rows, String format) {

    Cells {
        rows = List.copyOf(rows);
    }

    /** One row: its number (from 1) and its cells from column A. */
    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(cell -> FactorTable.tidy(cell).isEmpty());
        }
    }
}
