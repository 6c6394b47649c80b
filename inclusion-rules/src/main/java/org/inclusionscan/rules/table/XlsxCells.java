package org.inclusionscan.rules.table;

import static org.inclusionscan.rules.RuleMessageCode.TABLE_FORMULA;
import static org.inclusionscan.rules.RuleMessageCode.TABLE_OTHER_SHEETS;
import static org.inclusionscan.rules.RuleMessageCode.XLSX_NOT_A_WORKBOOK;
import static org.inclusionscan.rules.RuleMessageCode.XLSX_TOO_BIG;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.inclusionscan.rules.RuleProblem;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}, as Excel and LibreOffice save it)
 * without Apache POI: the zip is read with limits on the number of entries, each entry's size
 * and its compression ratio (a zip bomb is refused, not unpacked), and the XML with StAX, with
 * DTDs and external entities off. Shared strings, inline strings, numbers and booleans are read
 * as their text; a formula is refused at its cell (a table holds values, and nothing in it is
 * evaluated).
 */
final class XlsxCells {

    static final int MAX_ENTRIES = 500;
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = 256;

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxCells() {
    }

    /** Thrown inside the reader for a file that is not a workbook we can read; becomes a located problem. */
    private static final class NotAWorkbook extends Exception {
        NotAWorkbook(String why) {
            super(why, null, false, false);
        }
    }

    /** Thrown when unpacking would exceed a limit. */
    private static final class TooBig extends Exception {
        TooBig(String why) {
            super(why, null, false, false);
        }
    }

    static Optional<Cells> read(TableFile file, List<RuleProblem> problems, List<RuleProblem> notices) {
        try {
            Map<String, byte[]> entries = unzip(file.bytes());
            List<String[]> sheets = sheets(need(entries, WORKBOOK));
            if (sheets.isEmpty()) {
                throw new NotAWorkbook("no sheet");
            }
            Map<String, String> targets = relations(need(entries, WORKBOOK_RELATIONS));
            String target = targets.get(sheets.get(0)[1]);
            if (target == null) {
                throw new NotAWorkbook("the first sheet has no part");
            }
            List<String> strings = entries.containsKey(SHARED_STRINGS) ? sharedStrings(entries.get(SHARED_STRINGS)) : List.of();
            List<Cells.Row> rows = sheet(need(entries, part(target)), strings, file, problems);
            if (sheets.size() > 1) {
                notices.add(RuleProblem.inFile(file.display(), TABLE_OTHER_SHEETS, "sheet", FactorTable.shorten(sheets.get(0)[0]),
                        "count", sheets.size()));
            }
            // A formula is reported at its cell and left out; the other cells are still checked.
            return Optional.of(new Cells(rows, "@rule-words.table.format.xlsx"));
        } catch (TooBig e) {
            problems.add(RuleProblem.inFile(file.display(), XLSX_TOO_BIG));
        } catch (NotAWorkbook | IOException | XMLStreamException | RuntimeException e) {
            problems.add(RuleProblem.inFile(file.display(), XLSX_NOT_A_WORKBOOK));
        }
        return Optional.empty();
    }

    private static byte[] need(Map<String, byte[]> entries, String name) throws NotAWorkbook {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new NotAWorkbook("no " + name);
        }
        return bytes;
    }

    /** A relationship target as a zip entry name: relative to xl/, or absolute from the package root. */
    private static String part(String target) throws NotAWorkbook {
        String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new NotAWorkbook("a part outside the package");
                }
                segments.remove(segments.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Every entry's bytes, within the limits; each entry is read through (and counted) even when not needed. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException, TooBig, NotAWorkbook {
        Map<String, byte[]> entries = new HashMap<>();
        CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(zip));
        long total = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new TooBig("entries");
                }
                long compressedBefore = counted.count;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                long size = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    long compressed = Math.max(1, counted.count - compressedBefore);
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || (size > 1_000_000 && size / compressed > MAX_RATIO)) {
                        throw new TooBig(entry.getName());
                    }
                    if (wanted(entry.getName())) {
                        out.write(buffer, 0, read);
                    }
                }
                if (wanted(entry.getName()) && entries.put(entry.getName(), out.toByteArray()) != null) {
                    throw new NotAWorkbook("a part twice");
                }
            }
        }
        if (count == 0) {
            throw new NotAWorkbook("not a zip");
        }
        return entries;
    }

    private static boolean wanted(String name) {
        return name.equals(WORKBOOK) || name.equals(WORKBOOK_RELATIONS) || name.equals(SHARED_STRINGS)
                || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
    }

    private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }

    /** The next event, refusing a DTD or an entity reference (a workbook has neither). */
    private static int next(XMLStreamReader reader) throws XMLStreamException, NotAWorkbook {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new NotAWorkbook("a DTD or entity");
        }
        return event;
    }

    /** The sheets in workbook order: name and relationship id. */
    private static List<String[]> sheets(byte[] workbook) throws XMLStreamException, NotAWorkbook {
        List<String[]> sheets = new ArrayList<>();
        XMLStreamReader reader = xml(workbook);
        while (reader.hasNext()) {
            if (next(reader) == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("sheet")) {
                String id = reader.getAttributeValue(R_NAMESPACE, "id");
                sheets.add(new String[] {String.valueOf(reader.getAttributeValue(null, "name")), id});
            }
        }
        return sheets;
    }

    private static Map<String, String> relations(byte[] relations) throws XMLStreamException, NotAWorkbook {
        Map<String, String> targets = new HashMap<>();
        XMLStreamReader reader = xml(relations);
        while (reader.hasNext()) {
            if (next(reader) == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
                targets.put(reader.getAttributeValue(null, "Id"), reader.getAttributeValue(null, "Target"));
            }
        }
        return targets;
    }

    /** The shared strings: each {@code si}'s text runs joined, phonetic runs left out. */
    private static List<String> sharedStrings(byte[] part) throws XMLStreamException, NotAWorkbook {
        List<String> strings = new ArrayList<>();
        XMLStreamReader reader = xml(part);
        StringBuilder text = null;
        int phonetic = 0;
        boolean inText = false;
        while (reader.hasNext()) {
            int event = next(reader);
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "si" -> text = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> inText = phonetic == 0;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "si" -> {
                        strings.add(text == null ? "" : text.toString());
                        text = null;
                        if (strings.size() > MAX_ROWS * 10) {
                            throw new NotAWorkbook("too many strings");
                        }
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inText = false;
                    default -> { }
                }
            } else if (inText && text != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(reader.getText());
            }
        }
        return strings;
    }

    /** The rows of a sheet part. */
    private static List<Cells.Row> sheet(byte[] part, List<String> strings, TableFile file, List<RuleProblem> problems)
            throws XMLStreamException, NotAWorkbook {
        TreeMap<Integer, TreeMap<Integer, String>> grid = new TreeMap<>();
        XMLStreamReader reader = xml(part);
        int rowNumber = 0;
        int column = 0;
        String type = null;
        String reference = null;
        boolean formula = false;
        StringBuilder value = null;
        StringBuilder inline = null;
        boolean inValue = false;
        boolean inInlineText = false;
        while (reader.hasNext()) {
            int event = next(reader);
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "row" -> {
                        String r = reader.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : parseNumber(r);
                        column = 0;
                        if (rowNumber < 1 || rowNumber > MAX_ROWS) {
                            throw new NotAWorkbook("row " + rowNumber);
                        }
                    }
                    case "c" -> {
                        reference = reader.getAttributeValue(null, "r");
                        column = reference == null ? column + 1 : columnOf(reference);
                        if (column < 1 || column > MAX_COLUMNS) {
                            throw new NotAWorkbook("column");
                        }
                        type = reader.getAttributeValue(null, "t");
                        formula = false;
                        value = new StringBuilder();
                        inline = new StringBuilder();
                    }
                    case "f" -> formula = true;
                    case "v" -> inValue = true;
                    case "t" -> inInlineText = inline != null;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "c" -> {
                        if (formula) {
                            problems.add(RuleProblem.atCell(file.display(), rowNumber, column, TABLE_FORMULA));
                        } else {
                            String text = cellText(type, value.toString(), inline.toString(), strings);
                            if (!text.isEmpty()) {
                                grid.computeIfAbsent(rowNumber, r -> new TreeMap<>()).put(column, text);
                            }
                        }
                        value = null;
                        inline = null;
                    }
                    case "v" -> inValue = false;
                    case "t" -> inInlineText = false;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (inValue && value != null) {
                    value.append(reader.getText());
                } else if (inInlineText && inline != null) {
                    inline.append(reader.getText());
                }
            }
        }
        List<Cells.Row> rows = new ArrayList<>();
        grid.forEach((number, cells) -> {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= cells.lastKey(); c++) {
                row.add(cells.getOrDefault(c, ""));
            }
            rows.add(new Cells.Row(number, row));
        });
        return rows;
    }

    private static String cellText(String type, String value, String inline, List<String> strings) throws NotAWorkbook {
        if (type == null || type.equals("n")) {
            return number(value.strip());
        }
        return switch (type) {
            case "s" -> {
                int index = parseNumber(value.strip());
                if (index < 0 || index >= strings.size()) {
                    throw new NotAWorkbook("a shared string that is not there");
                }
                yield strings.get(index);
            }
            case "inlineStr" -> inline;
            case "b" -> value.strip().equals("1") ? "TRUE" : "FALSE";
            default -> value; // str (a text), e (an error such as #N/A), d (an ISO date)
        };
    }

    /** A number as a person would have typed it: 55 rather than 55.0. */
    private static String number(String value) {
        if (value.endsWith(".0")) {
            return value.substring(0, value.length() - 2);
        }
        return value;
    }

    private static int parseNumber(String text) throws NotAWorkbook {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            throw new NotAWorkbook("not a number: " + text);
        }
        return Integer.parseInt(text);
    }

    /** The column (A = 1) of a cell reference such as {@code D11}. */
    static int columnOf(String reference) throws NotAWorkbook {
        int column = 0;
        int i = 0;
        while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
            column = column * 26 + (reference.charAt(i) - 'A' + 1);
            i++;
            if (i > 3) {
                throw new NotAWorkbook("column " + reference);
            }
        }
        if (i == 0) {
            throw new NotAWorkbook("cell " + reference);
        }
        return column;
    }

    /** Counts the bytes read from the zip, to compare each entry's unpacked size with what it took. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
