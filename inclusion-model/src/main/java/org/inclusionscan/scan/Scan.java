package org.inclusionscan.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.inclusionscan.model.Organisation;

/**
 * A filled-in self-scan: who scanned, with which questionnaire, when, and every answer.
 * This is the input contract; see {@code docs/scan.schema.json}.
 *
 * @param note optional free text about the scan as a whole
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scan(
        Organisation organisation,
        @JsonProperty("questionnaire") String questionnaireId,
        LocalDate date,
        List<Respondent> respondents,
        String note) {

    /**
     * Checks the components and copies the collections.
     *
     * @param organisation    the organisation
     * @param questionnaireId the questionnaire id
     * @param date            the date
     * @param respondents     the respondents
     * @param note            optional free text about the scan as a whole
     */
    public Scan {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(date, "date");
        respondents = List.copyOf(respondents);
    }

    /**
     * A scan without a note.
     *
     * @param organisation    the organisation
     * @param questionnaireId the questionnaire answered
     * @param date            the day of the scan
     * @param respondents     at least one respondent
     */
    public Scan(Organisation organisation, String questionnaireId, LocalDate date, List<Respondent> respondents) {
        this(organisation, questionnaireId, date, respondents, null);
    }
}
