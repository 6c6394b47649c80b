package org.inclusionscan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;

/**
 * The bundled example organisations, written for the demo and the tests. They are fictional;
 * any likeness to a real organisation is accidental.
 */
public enum ExampleScan {
    /** A local service centre in Brussels, six people who disagree on image and participation; first scan. */
    HET_ANKER_2025("het-anker-2025"),
    /** The same centre a year later, after starting a neighbourhood network. */
    HET_ANKER_2026("het-anker-2026"),
    /** A youth-care organisation in Flanders whose policy lags behind its culture and practice. */
    DE_BRUG("de-brug"),
    /** A municipality's social team outside Brussels that stands on an island in its environment. */
    LINDEGEM("lindegem"),
    /**
     * A Brussels home-care service for older and lonely people, kept on the older questionnaire selfscan-2
     * to show that a scan made with an older questionnaire still scores (the others use selfscan-3).
     */
    DE_PASSER("de-passer");

    private final String id;

    ExampleScan(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return id + ".json";
    }

    /** The scan's JSON as bundled. */
    public InputStream open() {
        InputStream in = ExampleScan.class.getResourceAsStream(fileName());
        if (in == null) {
            throw new IllegalStateException("The example scan (" + fileName() + ") is missing from the class path.");
        }
        return in;
    }

    public Scan read() {
        try (InputStream in = open()) {
            return ScanReader.create().read(in, fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
