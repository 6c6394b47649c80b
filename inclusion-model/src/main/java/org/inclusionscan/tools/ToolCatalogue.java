package org.inclusionscan.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.UnknownIdException;

/**
 * The tools the advice can suggest, with their building block, owner and scope. The one place
 * where a tool's scope is checked: {@link #appliesTo(String, Organisation)}. Immutable.
 */
public final class ToolCatalogue {

    private static final ToolCatalogue DEFAULTS = loadBundled();

    private final Map<String, Tool> tools;

    private ToolCatalogue(List<Tool> tools) {
        Map<String, Tool> byId = new LinkedHashMap<>();
        for (Tool tool : tools) {
            if (byId.putIfAbsent(tool.id(), tool) != null) {
                throw new IllegalArgumentException("The tool id (%s) appears twice in the catalogue.".formatted(tool.id()));
            }
        }
        this.tools = java.util.Collections.unmodifiableMap(byId);
    }

    /**
     * The bundled catalogue ({@code tools.json} next to this class).
     *
     * The bundled catalogue.
     *
     * @return the shared catalogue
     */
    public static ToolCatalogue defaults() {
        return DEFAULTS;
    }

    /**
     * A catalogue of these tools.
     *
     * @param tools the tools; ids must be unique
     * @return the catalogue
     */
    public static ToolCatalogue of(List<Tool> tools) {
        return new ToolCatalogue(tools);
    }

    /**
     * Every tool, in catalogue order.
     *
     * @return the tools
     */
    public List<Tool> all() {
        return List.copyOf(tools.values());
    }

    /**
     * The ids of every tool.
     *
     * @return the ids
     */
    public Set<String> ids() {
        return tools.keySet();
    }

    /**
     * The tool with an id.
     *
     * @param id the tool's id
     * @return the tool, or empty
     */
    public Optional<Tool> find(String id) {
        return Optional.ofNullable(tools.get(id));
    }

    /**
     * @throws UnknownIdException when the catalogue has no such tool
     *
     * The tool with an id, which must exist.
     *
     * @param id the tool's id
     * @return the tool
     */
    public Tool get(String id) {
        Tool tool = tools.get(id);
        if (tool == null) {
            throw new UnknownIdException("tool", id, tools.keySet().toString());
        }
        return tool;
    }

    /**
     * Whether the tool may be suggested to the organisation (its region and sector).
     *
     * Whether a tool's scope includes an organisation (Brussels only, youth care only, ...).
     *
     * @param toolId       the tool's id
     * @param organisation the organisation
     * @return true when the tool may be suggested to it
     */
    public boolean appliesTo(String toolId, Organisation organisation) {
        return get(toolId).scope().appliesTo(organisation);
    }

    private record ScopeJson(Set<Region> regions, Set<Sector> sectors) {
    }

    private record ToolJson(String id, BuildingBlock buildingBlock, String owner, ScopeJson scope, String url) {
    }

    private record CatalogueJson(@JsonProperty("tools") List<ToolJson> tools) {
    }

    private static ToolCatalogue loadBundled() {
        try (InputStream in = ToolCatalogue.class.getResourceAsStream("tools.json")) {
            if (in == null) {
                throw new IllegalStateException("The bundled tool catalogue (tools.json) is missing from the jar.");
            }
            CatalogueJson json = Json.mapper().readValue(in, CatalogueJson.class);
            return new ToolCatalogue(json.tools().stream()
                    .map(t -> new Tool(t.id(), t.buildingBlock(), t.owner() == null ? "" : t.owner(),
                            t.scope() == null ? Scope.EVERYWHERE : new Scope(
                                    t.scope().regions() == null ? Set.of() : t.scope().regions(),
                                    t.scope().sectors() == null ? Set.of() : t.scope().sectors()),
                            t.url() == null ? "" : t.url()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled tool catalogue (tools.json).", e);
        }
    }
}
