package org.inclusionscan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code serve --smtp}: a wrong mail setting stops the start with one located line and exit code 2, before anything opens. */
class ServeMailOptionsTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--smtp=ftp://mail.example.org|--mail-from=scan@example.org|--smtp (ftp://mail.example.org) must start with smtp://",
        "--smtp=smtp://u:p@mail.example.org|--mail-from=scan@example.org|set INCLUSION_SMTP_USER and INCLUSION_SMTP_PASSWORD instead",
        "--smtp=smtp://mail.example.org|--host=127.0.0.1|--smtp needs --mail-from ADDRESS",
        "--mail-from=scan@example.org|--host=127.0.0.1|--mail-from needs --smtp URL",
    })
    void a_wrong_mail_setting_is_one_line_and_exit_code_2(String first, String second, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("serve", "--data", data.resolve("db").toString(), "--port", "0", "--lang", "en", first, second);
        } finally {
            System.setErr(previous);
        }

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(2);
        assertThat(printed).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(printed.strip().lines()).hasSize(1);
        assertThat(Files.exists(data.resolve("db"))).as("nothing was started").isFalse();
    }
}
