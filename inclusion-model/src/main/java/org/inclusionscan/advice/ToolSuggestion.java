package org.inclusionscan.advice;

import java.util.List;
import java.util.Objects;

/**
 * A tool to pick up, once however many recommendations point to it.
 *
 * @param id                the tool id in the catalogue
 * @param recommendations   the ids of the recommendations that suggest it, highest priority first
 */
public record ToolSuggestion(String id, List<String> recommendations) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id              the tool id in the catalogue
     * @param recommendations the ids of the recommendations that suggest it, highest priority first
     */
    public ToolSuggestion {
        Objects.requireNonNull(id, "id");
        recommendations = List.copyOf(recommendations);
    }
}
