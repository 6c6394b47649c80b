package org.inclusionscan.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.inclusionscan.model.HasId;

/** The formats a report is rendered in; the id is also the usual file extension. */
public enum ReportFormat implements HasId {
    /** The machine contract, see {@code docs/report.md} and {@code docs/report.schema.json}. */
    JSON("json", "application/json"),
    /** Plain text with light markup, for e-mail, wikis and version control. */
    MARKDOWN("md", "text/markdown"),
    /** One self-contained HTML5 file (inline CSS and SVG) that prints on A4. */
    HTML("html", "text/html"),
    /** The scores per factor, domain, dimension and cell, for spreadsheets (RFC 4180). */
    CSV("csv", "text/csv");

    private final String id;
    private final String mediaType;

    ReportFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The file name extension, without the dot.
     *
     * @return e.g. {@code html}
     */
    public String extension() {
        return id;
    }

    /**
     * The media type, for an HTTP response.
     *
     * @return e.g. {@code text/html}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The constant with this id, as JSON and rule files write it.
     *
     * @param id the id, e.g. as in a scan
     * @return the constant
     * @throws org.inclusionscan.model.UnknownIdException when no constant has the id; the message lists the valid ids
     */
    @JsonCreator
    public static ReportFormat fromId(String id) {
        return HasId.fromId(ReportFormat.class, "report format", id);
    }
}
