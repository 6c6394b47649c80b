package org.inclusionscan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/inclusion users add}: the first coordinator of an embedded database. */
class UsersCommandTest {

    @TempDir
    Path data;

    private int run(String stdin, ByteArrayOutputStream out, String... args) {
        InputStream in = System.in;
        PrintStream previous = System.out;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setIn(in);
            System.setOut(previous);
        }
    }

    @Test
    void adds_a_coordinator_who_can_then_log_in() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = run("a password of mine\n", out, "users", "add", "--data", data.toString(), "--password-stdin", "--lang", "en",
                "first@example.org");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("first@example.org can log in now");
        try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
            AccountService accounts = new AccountService(database.sql(), Clock.systemDefaultZone());
            assertThat(accounts.login("first@example.org", "a password of mine", "test").coordinator().email())
                    .isEqualTo("first@example.org");
        }
    }

    @Test
    void a_generated_password_never_holds_the_addresses_name_part() {
        // "abc" is in about one random 20-character string of 1,800 (case folded); whatever is drawn, none may keep it
        for (int i = 0; i < 300; i++) {
            String password = UsersCommand.generatedPassword("abc@example.org");
            assertThat(password).hasSize(20);
            assertThat(password.toLowerCase(java.util.Locale.ROOT)).doesNotContain("abc");
        }
    }

    @Test
    void generates_a_password_when_asked_and_prints_it_once() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = run("", out, "users", "add", "--data", data.toString(), "--generate", "--lang", "en", "gen@example.org");

        assertThat(exit).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.substring(printed.indexOf("safe): ") + "safe): ".length()).strip();
        assertThat(password).hasSize(20);
        try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
            assertThat(new AccountService(database.sql(), Clock.systemDefaultZone()).login("gen@example.org", password, "t"))
                    .isNotNull();
        }
    }

    @Test
    void refuses_a_short_password_with_exit_code_2() {
        int exit = run("short\n", new ByteArrayOutputStream(), "users", "add", "--data", data.toString(), "--password-stdin",
                "x@example.org");

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void refuses_a_common_password_with_a_clear_message_and_exit_code_2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = run("qwertyuiop123\n", new ByteArrayOutputStream(), "users", "add", "--data", data.toString(),
                    "--password-stdin", "--lang", "en", "x@example.org");
        } finally {
            System.setErr(previous);
        }

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("among the first ones an attacker tries")
                .doesNotContain("Exception");
    }
}
