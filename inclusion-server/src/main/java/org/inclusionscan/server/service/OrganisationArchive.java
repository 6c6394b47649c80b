package org.inclusionscan.server.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Language;
import org.inclusionscan.report.Escaping;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;

/**
 * An organisation's data as one ZIP archive (GDPR article 20): per closed round that reached its
 * anonymity minimum, the scan as the export gives it and the report in every format and language;
 * the agreements of its team sessions with their status; a README that says what is in it.
 * Rounds below their minimum or still open are left out, as they are everywhere else.
 */
public final class OrganisationArchive {

    private final RoundService rounds;

    public OrganisationArchive(RoundService rounds) {
        this.rounds = Objects.requireNonNull(rounds, "rounds");
    }

    /**
     * Writes the archive.
     *
     * @param coordinator one of the organisation's coordinators, or null for an administrator (checked by the caller)
     * @throws Refusal 404 when the coordinator does not coordinate the organisation
     */
    public void write(Coordinator coordinator, String organisationId, OutputStream out) {
        RoundService.OrganisationHistory history = rounds.organisation(coordinator, organisationId);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            StringBuilder readme = new StringBuilder("Organisation: ").append(history.name()).append("\n\n");
            for (RoundService.RoundPoint point : history.rounds()) {
                Round round = point.round();
                String folder = "round-" + (round.closedOn() != null ? round.closedOn() : round.createdOn()) + "-" + round.id() + "/";
                if (point.scores() == null) {
                    readme.append(folder).append(": left out (open, or below its anonymity minimum of ")
                            .append(round.minRespondents()).append(")\n");
                    continue;
                }
                readme.append(folder).append(": ").append(point.respondents()).append(" responses\n");
                entry(zip, folder + "scan.json", Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(rounds.exportScan(coordinator, round.id())));
                for (ReportFormat format : ReportFormat.values()) {
                    for (Language language : Language.values()) {
                        RoundService.ReportOutcome report = rounds.report(coordinator, round.id(), format, language);
                        if (report.shown()) {
                            entry(zip, folder + "report-" + language.id() + "." + format.extension(), report.body());
                        }
                    }
                }
            }
            entry(zip, "agreements.csv", agreements(history.agreements()));
            readme.append("\nagreements.csv: the agreements of the team sessions and what became of them.\n")
                    .append("scan.json holds what the export of a round holds (see docs/server.md); nothing else of the answers.\n");
            entry(zip, "README.txt", readme.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String agreements(List<TeamSessionService.MarkedAgreement> agreements) {
        StringBuilder csv = new StringBuilder("round,agreed_on,factor,action,role,due,tool,status\n");
        for (TeamSessionService.MarkedAgreement marked : agreements) {
            csv.append(String.join(",", Escaping.csv(marked.round().id()), Escaping.csv(String.valueOf(marked.agreedOn())),
                    Escaping.csv(marked.agreement().factor().id()), Escaping.csv(marked.agreement().action()),
                    Escaping.csv(marked.agreement().role().id()), Escaping.csv(String.valueOf(marked.agreement().due())),
                    Escaping.csv(marked.agreement().tool() == null ? "" : marked.agreement().tool()),
                    Escaping.csv(marked.status().id()))).append('\n');
        }
        return csv.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
