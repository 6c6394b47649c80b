package org.inclusionscan.report.impl;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;

/**
 * The Pebble engines: one for HTML with HTML auto-escaping, one for Markdown with
 * {@link MarkdownEscaping}. Templates live next to this package in {@code templates/}. Every
 * printed value is escaped unless a template marks it {@code raw}, which only the bundled CSS does.
 *
 * <p>Templates get their texts from the function {@code t(key)} or {@code t(key, {name: value})},
 * which reads the bundles in the language of the context variable {@code language}. Thread-safe.
 */
public final class Templates {

    /** Where the templates are on the class path. */
    public static final String PREFIX = "org/inclusionscan/report/templates/";

    private final PebbleEngine html;
    private final PebbleEngine markdown;

    public Templates(Texts texts) {
        Objects.requireNonNull(texts, "texts");
        TextsExtension extension = new TextsExtension(texts);
        this.html = engine(extension, "html", null);
        this.markdown = engine(extension, "markdown", new MarkdownEscaping());
    }

    private static PebbleEngine engine(TextsExtension extension, String strategy, MarkdownEscaping escaping) {
        ClasspathLoader loader = new LineKeepingLoader(Templates.class.getClassLoader());
        loader.setPrefix(PREFIX);
        loader.setCharset("UTF-8");
        PebbleEngine.Builder builder = new PebbleEngine.Builder()
                .loader(loader)
                .extension(extension)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true);
        if (escaping != null) {
            builder.addEscapingStrategy(strategy, escaping);
        }
        return builder.defaultEscapingStrategy(strategy).build();
    }

    public void renderHtml(String template, Map<String, Object> context, Writer out) {
        render(html, template, context, out);
    }

    public void renderMarkdown(String template, Map<String, Object> context, Writer out) {
        render(markdown, template, context, out);
    }

    /** As {@link #renderHtml(String, Map, Writer)}, with {@code t(...)} reading these texts instead of the engine's. */
    public void renderHtml(String template, Map<String, Object> context, Texts texts, Writer out) {
        render(html, template, withTexts(context, texts), out);
    }

    /** As {@link #renderMarkdown(String, Map, Writer)}, with {@code t(...)} reading these texts instead of the engine's. */
    public void renderMarkdown(String template, Map<String, Object> context, Texts texts, Writer out) {
        render(markdown, template, withTexts(context, texts), out);
    }

    private static Map<String, Object> withTexts(Map<String, Object> context, Texts texts) {
        Map<String, Object> copy = new java.util.HashMap<>(context);
        copy.put(TEXTS_VARIABLE, Objects.requireNonNull(texts, "texts"));
        return copy;
    }

    /** The context variable that, when present, holds the texts of this one rendering. */
    private static final String TEXTS_VARIABLE = "__texts";

    private static void render(PebbleEngine engine, String template, Map<String, Object> context, Writer out) {
        PebbleTemplate compiled = engine.getTemplate(template);
        try {
            compiled.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report from template (" + template + ").", e);
        }
    }

    /**
     * Pebble's newline trimming drops the line break after every tag: right for a line holding
     * only {@code {% if %}}, wrong for a line that ends with a printed value, where Markdown needs
     * the break. This loader doubles the break after a {@code }}} at the end of a line, so templates
     * read as what they print.
     */
    private static final class LineKeepingLoader extends ClasspathLoader {

        LineKeepingLoader(ClassLoader classLoader) {
            super(classLoader);
        }

        @Override
        public Reader getReader(String templateName) {
            try (Reader reader = super.getReader(templateName)) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                    text.append(buffer, 0, read);
                }
                return new StringReader(text.toString().replace("\r\n", "\n").replace("}}\n", "}}\n\n"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the template (" + templateName + ").", e);
            }
        }
    }

    private static final class TextsExtension extends AbstractExtension {
        private final Texts texts;

        TextsExtension(Texts texts) {
            this.texts = texts;
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("t", new TextFunction(texts));
        }
    }

    /** {@code t(key)} and {@code t(key, {name: value})}: a bundle text in the report's language. */
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
            Texts texts = context.getVariable(TEXTS_VARIABLE) instanceof Texts given ? given : this.texts;
            String key = String.valueOf(args.get("key"));
            Object arguments = args.get("args");
            if (arguments instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> named = (Map<String, ?>) map;
                return texts.get(language, key, named);
            }
            return texts.get(language, key);
        }
    }
}
