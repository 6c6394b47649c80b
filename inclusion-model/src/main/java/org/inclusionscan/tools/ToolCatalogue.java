package org.inclusionscan.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    /*
     * The keys of the catalogue file, of a tool and of its scope; any other key is refused, as data binding
     * did. Declared before DEFAULTS, which reads the file while the class is initialised.
     */
    private static final Set<String> CATALOGUE_KEYS = Set.of("tools");
    private static final Set<String> TOOL_KEYS = Set.of("id", "buildingBlock", "owner", "scope", "url");
    private static final Set<String> SCOPE_KEYS = Set.of("regions", "sectors");

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

    /**
     * Reads {@code tools.json} as a tree (the same JSON reading as scans and questionnaires) rather than
     * with data binding: a fresh {@code inclusion score} process then builds no bean deserializers at all.
     */
    private static ToolCatalogue loadBundled() {
        try (InputStream in = ToolCatalogue.class.getResourceAsStream("tools.json")) {
            if (in == null) {
                throw new IllegalStateException("The bundled tool catalogue (tools.json) is missing from the jar.");
            }
            JsonNode root = Json.mapper().readTree(in);
            requireKeys(root, CATALOGUE_KEYS, "$");
            List<Tool> tools = new ArrayList<>();
            for (JsonNode tool : root.path("tools")) {
                requireKeys(tool, TOOL_KEYS, "$.tools[" + tools.size() + "]");
                JsonNode scope = tool.path("scope");
                String buildingBlock = tool.path("buildingBlock").textValue();
                tools.add(new Tool(tool.path("id").textValue(), buildingBlock == null ? null : BuildingBlock.fromId(buildingBlock),
                        textOrEmpty(tool.path("owner")),
                        scope.isMissingNode() || scope.isNull() ? Scope.EVERYWHERE : scope(scope, "$.tools[" + tools.size() + "].scope"),
                        textOrEmpty(tool.path("url"))));
            }
            return new ToolCatalogue(tools);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled tool catalogue (tools.json).", e);
        }
    }

    private static Scope scope(JsonNode scope, String path) {
        requireKeys(scope, SCOPE_KEYS, path);
        Set<Region> regions = new LinkedHashSet<>();
        scope.path("regions").forEach(region -> regions.add(Region.fromId(region.textValue())));
        Set<Sector> sectors = new LinkedHashSet<>();
        scope.path("sectors").forEach(sector -> sectors.add(Sector.fromId(sector.textValue())));
        return new Scope(regions, sectors);
    }

    private static String textOrEmpty(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.textValue();
    }

    private static void requireKeys(JsonNode node, Set<String> keys, String path) {
        if (!node.isObject()) {
            throw new IllegalStateException("The bundled tool catalogue (tools.json) has no object at (" + path + ").");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw new IllegalStateException("The bundled tool catalogue (tools.json) has an unknown key (" + key + ") at ("
                        + path + "). Maybe use one of " + new TreeSet<>(keys) + ".");
            }
        });
    }
}
