package org.inclusionscan.tools;

import java.util.Objects;

/**
 * A tool of the catalogue; its name and description are {@code tool.<id>.name} and
 * {@code tool.<id>.description} in the bundles. Resokit's tools exist only in Dutch, so their name
 * stays Dutch in every language; only the description is translated.
 *
 * @param owner who publishes the tool, empty when it is a general approach
 * @param url   where the source documents say the tool can be found, empty when they give no address
 */
public record Tool(String id, BuildingBlock buildingBlock, String owner, Scope scope, String url) {

    /**
     * Checks the components.
     *
     * @param id            the id
     * @param buildingBlock the building block
     * @param owner         who publishes the tool, empty when it is a general approach
     * @param scope         the scope
     * @param url           where the tool can be found, empty when no address is known
     */
    public Tool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buildingBlock, "buildingBlock");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(url, "url");
    }

    /**
     * A tool without a known address.
     *
     * @param id            the id
     * @param buildingBlock the building block
     * @param owner         who publishes the tool, empty when it is a general approach
     * @param scope         the scope
     */
    public Tool(String id, BuildingBlock buildingBlock, String owner, Scope scope) {
        this(id, buildingBlock, owner, scope, "");
    }

    /**
     * Whether advice may suggest the tool: a {@link BuildingBlock#SOURCE} is a work the model was built on
     * (such as the Index for Inclusion, written for schools), named in the catalogue but not a welfare tool.
     *
     * @return false for a source, true for any other tool
     */
    public boolean suggestible() {
        return buildingBlock != BuildingBlock.SOURCE;
    }
}
