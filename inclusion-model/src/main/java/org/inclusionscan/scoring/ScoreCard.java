package org.inclusionscan.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.LevelBands;

/**
 * Every score of one scan: overall, per factor (with the team's spread), per domain, per
 * dimension, per domain x dimension cell, per item and per role. Immutable.
 *
 * @param respondents the number of respondents
 * @param bands       the level bands the levels were given with
 */
public record ScoreCard(
        String questionnaireId,
        int respondents,
        LevelBands bands,
        Score overall,
        Map<Factor, FactorScore> factors,
        Map<Domain, Score> domains,
        Map<Dimension, Score> dimensions,
        List<CellScore> cells,
        List<ItemScore> items,
        List<RoleScores> roles) {

    /**
     * Checks the components and copies the collections.
     *
     * @param questionnaireId the questionnaire id
     * @param respondents     the number of respondents
     * @param bands           the level bands the levels were given with
     * @param overall         the overall
     * @param factors         the factors
     * @param domains         the domains
     * @param dimensions      the dimensions
     * @param cells           the cells
     * @param items           the items
     * @param roles           the roles
     */
    public ScoreCard {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(overall, "overall");
        factors = Collections.unmodifiableMap(new EnumMap<>(factors));
        domains = Collections.unmodifiableMap(new EnumMap<>(domains));
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
        cells = List.copyOf(cells);
        items = List.copyOf(items);
        roles = List.copyOf(roles);
        if (factors.size() != Factor.values().length || domains.size() != Domain.values().length
                || dimensions.size() != Dimension.values().length || cells.size() != Domain.values().length * Dimension.values().length) {
            throw new IllegalArgumentException("A score card has a score for every factor, domain, dimension and cell (absent or not).");
        }
    }

    /**
     * The score of a factor.
     *
     * @param factor the factor
     * @return its score; its mean is null when too few answers
     */
    public FactorScore factor(Factor factor) {
        return factors.get(factor);
    }

    /**
     * The score of a domain.
     *
     * @param domain the domain
     * @return its score
     */
    public Score domain(Domain domain) {
        return domains.get(domain);
    }

    /**
     * The score of a dimension.
     *
     * @param dimension the dimension
     * @return its score
     */
    public Score dimension(Dimension dimension) {
        return dimensions.get(dimension);
    }

    /**
     * The score of a domain in one dimension.
     *
     * @param domain    the domain
     * @param dimension the dimension
     * @return its score
     */
    public Score cell(Domain domain, Dimension dimension) {
        return cells.stream().filter(cell -> cell.domain() == domain && cell.dimension() == dimension)
                .findFirst().orElseThrow().score();
    }

    /**
     * The scores of one role's respondents.
     *
     * @param role the role
     * @return the role's scores, or empty when no respondent has it
     */
    public Optional<RoleScores> role(org.inclusionscan.model.Role role) {
        return roles.stream().filter(scores -> scores.role() == role).findFirst();
    }
}
