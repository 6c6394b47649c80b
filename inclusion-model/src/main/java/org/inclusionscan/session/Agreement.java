package org.inclusionscan.session;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Role;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * What a team agreed to do about a factor in its team session: the action in the team's own words,
 * the role that carries it, the date it is due and, optionally, the tool from the catalogue it uses.
 * The action is free text: kept and shown (escaped), never interpreted.
 *
 * @param factor the factor the agreement works on (the card's factor)
 * @param action what will be done, 1 to {@value #MAX_ACTION_LENGTH} characters, not blank
 * @param role   who carries it, in the roles of the scan contract
 * @param due    by when
 * @param tool   the id of a tool of the catalogue, or null when no tool is used
 */
public record Agreement(Factor factor, String action, Role role, LocalDate due, String tool) {

    /** The longest action text, in characters. */
    public static final int MAX_ACTION_LENGTH = 500;

    private static final Pattern TOOL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Agreement {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(due, "due");
        if (action.isBlank()) {
            throw new IllegalArgumentException("The action of an agreement on factor (%s) is blank; say what will be done."
                    .formatted(factor.id()));
        }
        if (action.length() > MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException("The action of an agreement on factor (%s) has %d characters; at most %d are allowed."
                    .formatted(factor.id(), action.length(), MAX_ACTION_LENGTH));
        }
        if (tool != null && (tool.length() > 100 || !TOOL_ID.matcher(tool).matches())) {
            throw new IllegalArgumentException("The tool id (%s) of an agreement on factor (%s) is not a tool id; use a catalogue id such as inclusieweb, or none."
                    .formatted(tool.length() > 100 ? tool.substring(0, 100) + "..." : tool, factor.id()));
        }
    }

    /** An agreement without a tool. */
    public static Agreement of(Factor factor, String action, Role role, LocalDate due) {
        return new Agreement(factor, action, role, due, null);
    }

    /** The same agreement with this tool. */
    public Agreement withTool(String toolId) {
        return new Agreement(factor, action, role, due, toolId);
    }

    public Optional<String> toolId() {
        return Optional.ofNullable(tool);
    }

    /**
     * Checks the tool against a catalogue.
     *
     * @throws org.inclusionscan.model.UnknownIdException when the catalogue has no such tool; the message lists the valid ids
     */
    public Agreement checkedAgainst(ToolCatalogue catalogue) {
        if (tool != null) {
            catalogue.get(tool);
        }
        return this;
    }
}
