package org.inclusionscan.rules.table;

import java.util.Locale;
import java.util.Objects;

/**
 * A rule set's factor table as read from disk, not yet parsed: {@code factor-weak.csv},
 * {@code factor-weak.xlsx}, or the old {@code factor-weak.drl.csv}.
 *
 * @param name    the file name inside the rule set
 * @param display the file as the user knows it, for problems
 * @param bytes   the file's bytes (not copied: callers must not change them)
 */
public record TableFile(String name, String display, byte[] bytes) {

    /** The table as a policy team saves it from a spreadsheet as CSV. */
    public static final String CSV = "factor-weak.csv";
    /** The table as a policy team saves it from Excel or LibreOffice. */
    public static final String XLSX = "factor-weak.xlsx";
    /** The old name: a Drools decision table, of which only the rows are read now. */
    public static final String LEGACY_CSV = "factor-weak.drl.csv";

    /**
     * Checks that the name, the display name and the bytes are present.
     *
     * @param name    the file name inside the rule set
     * @param display the file as the user knows it
     * @param bytes   the file's bytes
     */
    public TableFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * Whether a file name is one of the names a factor table is read under.
     *
     * @param fileName the name of a file in the rule set
     * @return true for {@value #CSV}, {@value #XLSX} or {@value #LEGACY_CSV}
     */
    public static boolean isTableName(String fileName) {
        return fileName.equals(CSV) || fileName.equals(XLSX) || fileName.equals(LEGACY_CSV);
    }

    /**
     * Whether the table is an Excel workbook, judged by its name.
     *
     * @return true for a name ending in .xlsx
     */
    public boolean isXlsx() {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Whether the table is the old decision-table file.
     *
     * @return true for {@value #LEGACY_CSV}
     */
    public boolean isLegacy() {
        return name.equals(LEGACY_CSV);
    }
}
