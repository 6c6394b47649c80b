package org.inclusionscan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding snippet compiles exactly as shown (a whole compilation unit, no {@code throws} added
 * around it) and renders a report. CI also runs it in a separate consumer project (.ci/consumer/run.sh).
 */
class ReadmeSnippetTest {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- embedding-snippet:start -->\\s*```java\\n(.*?)```\\s*<!-- embedding-snippet:end -->", Pattern.DOTALL);

    @Test
    void theReadmeSnippetCompilesAsShownAndRendersAReport(@TempDir Path work) throws Exception {
        // GIVEN the snippet as the README shows it
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher matcher = SNIPPET.matcher(readme);
        assertThat(matcher.find()).as("README.md has an embedding-snippet block").isTrue();
        Path source = work.resolve("Embedding.java");
        Files.writeString(source, matcher.group(1), StandardCharsets.UTF_8);

        // WHEN it is compiled against the libraries and run on an example scan
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", work.toString(), "-Xlint:all", "-Werror"),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        String html;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
            Method report = loader.loadClass("Embedding").getDeclaredMethod("report", Path.class);
            report.setAccessible(true);
            html = (String) report.invoke(null, example(work));
        }

        // THEN it gives the HTML report
        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");
        assertThat(diagnostics.toString()).isEmpty();
    }

    private static Path example(Path work) throws IOException {
        Path scan = work.resolve(ExampleScan.LINDEGEM.fileName());
        try (var in = ExampleScan.LINDEGEM.open()) {
            Files.copy(in, scan);
        }
        return scan;
    }
}
