package org.inclusionscan.server.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;

/**
 * The server's pages: Pebble templates in {@code templates/} next to this package's resources,
 * HTML auto-escaping on for every printed value (organisation names, notes, item texts), and the
 * texts from the bundles through {@code t(key)} and {@code t(key, {name: value})} in the page's
 * {@code language}. Thread-safe.
 */
final class Pages {

    static final String PREFIX = "org/inclusionscan/server/templates/";

    private final PebbleEngine engine;

    Pages(Texts texts) {
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix(PREFIX);
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        return Map.of("t", new TextFunction(texts));
                    }
                })
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    String render(String template, Map<String, Object> model) {
        PebbleTemplate compiled = engine.getTemplate(template + ".peb");
        StringWriter out = new StringWriter();
        try {
            compiled.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the page (" + template + ").", e);
        }
        return out.toString();
    }

    /** {@code t(key)} and {@code t(key, {name: value})}. */
    private static final class TextFunction implements Function {
        private final Texts texts;

        TextFunction(Texts texts) {
            this.texts = texts;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "args");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            Language language = (Language) context.getVariable("language");
            String key = String.valueOf(args.get("key"));
            if (args.get("args") instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> named = (Map<String, ?>) map;
                return texts.get(language, key, named);
            }
            return texts.get(language, key);
        }
    }
}
