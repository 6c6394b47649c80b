package org.inclusionscan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.json.Json;
import org.inclusionscan.report.Escaping;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Language;
import org.inclusionscan.tools.BuildingBlock;
import org.inclusionscan.tools.Tool;
import org.inclusionscan.tools.ToolCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the tool catalogue: every tool with its building block, owner, scope and description. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, resourceBundle = "org.inclusionscan.cli.Help",
        sortOptions = false, usageHelpAutoWidth = true)
final class CatalogueCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--lang", paramLabel = "nl|fr|en", descriptionKey = "lang")
    Language language = Language.NL;

    @Option(names = "--format", paramLabel = "json|md|csv", descriptionKey = "catalogue.format")
    TextFormat format = TextFormat.md;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    CatalogueCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        cli.language(language);
        List<Tool> tools = ToolCatalogue.defaults().all();
        Output.write(cli, Output.target(out, List.of()), writer -> {
            switch (format) {
                case json -> json(tools, writer);
                case md -> markdown(tools, writer);
                case csv -> csv(tools, writer);
            }
        });
        return ExitCode.OK;
    }

    private void json(List<Tool> tools, Writer writer) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("language", language.id());
        ArrayNode array = root.putArray("tools");
        for (Tool tool : tools) {
            ObjectNode node = array.addObject();
            node.put("id", tool.id());
            node.put("name", name(tool));
            node.put("description", description(tool));
            node.put("buildingBlock", tool.buildingBlock().id());
            node.put("owner", tool.owner());
            if (!tool.url().isBlank()) {
                node.put("url", tool.url());
            }
            ObjectNode scope = node.putObject("scope");
            ArrayNode regions = scope.putArray("regions");
            tool.scope().regions().stream().map(HasId::id).sorted().forEach(regions::add);
            ArrayNode sectors = scope.putArray("sectors");
            tool.scope().sectors().stream().map(HasId::id).sorted().forEach(sectors::add);
        }
        Json.mapper().writeValue(new NonClosingWriter(writer), root);
        writer.write(System.lineSeparator());
    }

    private void markdown(List<Tool> tools, Writer writer) throws IOException {
        Texts texts = cli.texts();
        StringBuilder md = new StringBuilder("# ").append(cli.text("cli.catalogue.title", Map.of())).append('\n');
        for (BuildingBlock block : BuildingBlock.values()) {
            List<Tool> inBlock = tools.stream().filter(tool -> tool.buildingBlock() == block).toList();
            if (inBlock.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(texts.label(language, "building-block", block)).append("\n\n");
            for (Tool tool : inBlock) {
                md.append("- **").append(Escaping.markdown(name(tool))).append("** (`").append(tool.id()).append("`)");
                if (!tool.owner().isBlank()) {
                    md.append(", ").append(Escaping.markdown(tool.owner()));
                }
                String scope = scope(tool);
                if (!scope.isEmpty()) {
                    md.append(" — ").append(scope);
                }
                md.append(": ").append(Escaping.markdown(description(tool)));
                if (!tool.url().isBlank()) {
                    md.append(" <").append(tool.url()).append('>');
                }
                md.append('\n');
            }
        }
        writer.write(md.toString());
    }

    private void csv(List<Tool> tools, Writer writer) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", List.of("id", "name", "building-block", "owner", "scope", "description")
                .stream().map(Escaping::csv).toList())).append("\r\n");
        for (Tool tool : tools) {
            csv.append(String.join(",", Escaping.csv(tool.id()), Escaping.csv(name(tool)), Escaping.csv(tool.buildingBlock().id()),
                    Escaping.csv(tool.owner()), Escaping.csv(scope(tool)), Escaping.csv(description(tool)))).append("\r\n");
        }
        writer.write(csv.toString());
    }

    private String scope(Tool tool) {
        Texts texts = cli.texts();
        List<String> parts = new java.util.ArrayList<>();
        tool.scope().regions().stream().sorted().forEach(region -> parts.add(texts.label(language, "region", region)));
        tool.scope().sectors().stream().sorted().forEach(sector -> parts.add(texts.label(language, "sector", sector)));
        return parts.isEmpty() ? "" : cli.text("cli.catalogue.only", Map.of("scope", String.join(", ", parts)));
    }

    private String name(Tool tool) {
        return cli.texts().get(language, "tool." + tool.id() + ".name");
    }

    private String description(Tool tool) {
        return cli.texts().get(language, "tool." + tool.id() + ".description");
    }
}
