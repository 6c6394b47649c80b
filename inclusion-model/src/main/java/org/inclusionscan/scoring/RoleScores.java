package org.inclusionscan.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Role;

/**
 * The factor means of the respondents of one role. Reports show these only when a role has
 * enough respondents that nobody can be singled out.
 *
 * @param factorMeans the pooled mean per factor; a factor with no answer from this role is left out
 */
public record RoleScores(Role role, int respondents, Map<Factor, Double> factorMeans) {

    /**
     * Checks the components.
     *
     * @param role        the role
     * @param respondents the respondents
     * @param factorMeans the pooled mean per factor; a factor with no answer from this role is left out
     */
    public RoleScores {
        Objects.requireNonNull(role, "role");
        factorMeans = Collections.unmodifiableMap(factorMeans.isEmpty()
                ? new EnumMap<>(Factor.class) : new EnumMap<>(factorMeans));
    }
}
