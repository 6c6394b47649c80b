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

    public TableFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static boolean isTableName(String fileName) {
        return fileName.equals(CSV) || fileName.equals(XLSX) || fileName.equals(LEGACY_CSV);
    }

    public boolean isXlsx() {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public boolean isLegacy() {
        return name.equals(LEGACY_CSV);
    }
}
