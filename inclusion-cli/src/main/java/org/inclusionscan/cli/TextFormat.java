package org.inclusionscan.cli;

/** The formats of the questionnaire and the catalogue. */
enum TextFormat {
    json, md, csv
}
