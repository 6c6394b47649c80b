package org.inclusionscan.tools;

import java.util.Objects;

/**
 * A tool of the catalogue; its name and description are {@code tool.<id>.name} and
 * {@code tool.<id>.description} in the bundles.
 *
 * @param owner who publishes the tool, empty when it is a general approach
 */
public record Tool(String id, BuildingBlock buildingBlock, String owner, Scope scope) {

    /**
     * Checks the components.
     *
     * @param id            the id
     * @param buildingBlock the building block
     * @param owner         who publishes the tool, empty when it is a general approach
     * @param scope         the scope
     */
    public Tool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buildingBlock, "buildingBlock");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(scope, "scope");
    }
}
