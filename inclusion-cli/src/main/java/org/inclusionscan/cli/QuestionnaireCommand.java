package org.inclusionscan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inclusionscan.json.Json;
import org.inclusionscan.report.Escaping;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Language;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireReader;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the item bank: as JSON for programs, as Markdown or CSV to fill in. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true, resourceBundle = "org.inclusionscan.cli.Help",
        sortOptions = false, usageHelpAutoWidth = true)
final class QuestionnaireCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--lang", paramLabel = "nl|fr|en", descriptionKey = "lang")
    Language language = Language.NL;

    @Option(names = "--format", paramLabel = "json|md|csv", descriptionKey = "questionnaire.format")
    TextFormat format = TextFormat.json;

    @Option(names = "--questionnaire", paramLabel = "FILE", descriptionKey = "questionnaire.file")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    QuestionnaireCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        cli.language(language);
        Path input = file == null ? null : UserFiles.existing(file);
        Path target = Output.target(out, java.util.Arrays.asList(input));
        Questionnaire questionnaire = input == null ? QuestionnaireRegistry.defaultQuestionnaire()
                : QuestionnaireReader.create().read(input);
        Output.write(cli, target, writer -> {
            switch (format) {
                case json -> json(questionnaire, writer);
                case md -> markdown(questionnaire, writer);
                case csv -> csv(questionnaire, writer);
            }
        });
        return ExitCode.OK;
    }

    private void json(Questionnaire questionnaire, Writer writer) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("id", questionnaire.id());
        root.put("language", language.id());
        root.put("title", questionnaire.title(language));
        root.put("description", questionnaire.description(language));
        ObjectNode scale = root.putObject("scale");
        for (int answer = 1; answer <= 5; answer++) {
            scale.put(Integer.toString(answer), label("answer." + answer));
        }
        scale.put("dont-know", label("answer.dont-know"));
        ArrayNode items = root.putArray("items");
        for (Item item : questionnaire.items()) {
            ObjectNode node = items.addObject();
            node.put("id", item.id());
            node.put("factor", item.factor().id());
            node.put("domain", item.factor().domain().id());
            if (item.dimension() == null) {
                node.putNull("dimension");
            } else {
                node.put("dimension", item.dimension().id());
            }
            node.put("reversed", item.reversed());
            node.put("text", item.text(language));
        }
        Json.mapper().writeValue(new NonClosingWriter(writer), root);
        writer.write(System.lineSeparator());
    }

    private void markdown(Questionnaire questionnaire, Writer writer) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Escaping.markdown(questionnaire.title(language))).append("\n\n");
        if (!questionnaire.description(language).isBlank()) {
            md.append(Escaping.markdown(questionnaire.description(language))).append("\n\n");
        }
        md.append(label("cli.form.scale")).append(' ');
        for (int answer = 1; answer <= 5; answer++) {
            md.append(answer).append(" = ").append(label("answer." + answer)).append("; ");
        }
        md.append("? = ").append(label("answer.dont-know")).append("\n\n");
        md.append(label("cli.form.respondent")).append(": ____________    ")
                .append(label("cli.form.role")).append(": ____________\n");
        for (Domain domain : Domain.values()) {
            if (questionnaire.items().stream().noneMatch(item -> item.factor().domain() == domain)) {
                continue;
            }
            md.append("\n## ").append(cli.texts().label(language, "domain", domain)).append("\n\n");
            md.append("| ").append(label("cli.form.item")).append(" | ").append(label("cli.form.statement"))
                    .append(" | 1 | 2 | 3 | 4 | 5 | ? |\n|---|---|---|---|---|---|---|---|\n");
            for (Item item : questionnaire.items()) {
                if (item.factor().domain() == domain) {
                    md.append("| ").append(Escaping.markdown(item.id())).append(" | ").append(Escaping.markdown(item.text(language)))
                            .append(" | ☐ | ☐ | ☐ | ☐ | ☐ | ☐ |\n");
                }
            }
        }
        writer.write(md.toString());
    }

    private void csv(Questionnaire questionnaire, Writer writer) throws IOException {
        String[] header = {"item", "domain", "factor", "dimension", "reversed", label("cli.form.statement"), label("cli.form.answer")};
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", java.util.Arrays.stream(header).map(Escaping::csv).toList())).append("\r\n");
        for (Item item : questionnaire.items()) {
            Domain domain = item.factor().domain();
            Dimension dimension = item.dimension();
            csv.append(String.join(",", Escaping.csv(item.id()), Escaping.csv(domain.id()), Escaping.csv(item.factor().id()),
                    Escaping.csv(dimension == null ? "" : dimension.id()), Escaping.csv(Boolean.toString(item.reversed())), Escaping.csv(item.text(language)),
                    Escaping.csv(""))).append("\r\n");
        }
        writer.write(csv.toString());
    }

    private String label(String key) {
        return cli.text(key, Map.of());
    }
}
