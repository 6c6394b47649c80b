package org.inclusionscan.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.AccountService;
import org.inclusionscan.server.service.PlatformService;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users add EMAIL}: adds a coordinator (or sets a new password), asking for or generating it. */
@Command(name = "users", mixinStandardHelpOptions = true, subcommands = UsersCommand.Add.class,
        description = "Coordinator and administrator accounts.")
final class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a coordinator, or sets a new password for an existing one.")
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Option(names = "--data", paramLabel = "DIR", description = "The embedded database's directory (default ./inclusion-data).")
        Path data = Path.of("inclusion-data");

        @Option(names = "--db", paramLabel = "JDBC-URL",
                description = "PostgreSQL instead; user and password from INCLUSION_DB_USER and INCLUSION_DB_PASSWORD.")
        String db;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Option(names = "--generate", description = "Generate a password and print it.")
        boolean generate;

        @Option(names = "--admin", description = "Make the account a platform administrator (manages organisations and coordinators).")
        boolean admin;

        @Option(names = "--lang", paramLabel = "nl|fr|en", description = "The language of the messages (default nl).")
        Language language = Language.NL;

        @Override
        public Integer call() throws IOException {
            String password;
            boolean generated = false;
            java.io.Console console = System.console();
            if (passwordStdin) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                password = line == null ? "" : line;
            } else if (!generate && console != null) {
                char[] first = console.readPassword("%s", Console.text(language, "password-ask",
                        "min", AccountService.MIN_PASSWORD_LENGTH));
                char[] second = console.readPassword("%s", Console.text(language, "password-again"));
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new Main.CommandFailure(Console.text(language, "password-mismatch"));
                }
                password = new String(first);
            } else {
                password = generatedPassword(email);
                generated = true;
            }
            try (Database database = Console.open(db, data, language)) {
                AccountService accounts = new AccountService(database.sql(), Clock.systemDefaultZone());
                if (admin) {
                    new PlatformService(database.sql(), Clock.systemDefaultZone(), accounts).addAdmin(email, password);
                } else {
                    accounts.addCoordinator(email, password);
                }
            } catch (Refusal e) {
                throw new Main.CommandFailure(Console.text(language, "refused." + e.code(), "min",
                        AccountService.MIN_PASSWORD_LENGTH, "max", org.inclusionscan.server.service.PasswordPolicy.MAX_BYTES));
            }
            System.out.println(Console.text(language, admin ? "admin-added" : "user-added", "email", email.strip()));
            if (generated) {
                System.out.println(Console.text(language, "password-generated", "password", password));
            }
            return 0;
        }
    }

    /**
     * 20 random characters the password policy accepts for this address: a random string can, rarely,
     * contain the address's name part (a password containing it is refused), so another is drawn then.
     */
    static String generatedPassword(String email) {
        while (true) {
            String password = Tokens.secret().substring(0, 20);
            try {
                org.inclusionscan.server.service.PasswordPolicy.check(email, password);
                return password;
            } catch (Refusal refused) {
                // drawn again
            }
        }
    }
}
