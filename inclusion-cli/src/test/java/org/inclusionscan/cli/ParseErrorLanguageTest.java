package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A mistake in the command itself is told in the user's language (Dutch unless --lang says otherwise), in one line. */
class ParseErrorLanguageTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(new String[] {"score", "x.json", "--formaat", "json"},
                        "Fout: de optie --formaat bestaat niet; misschien bedoel je --format. Met \"inclusion score --help\" zie je de opties."),
                Arguments.of(new String[] {"score", "x.json", "--formaat", "json", "--lang", "en"},
                        "Error: the option --formaat does not exist; maybe you mean --format. Run \"inclusion score --help\" to see the options."),
                Arguments.of(new String[] {"score", "x.json", "--lang", "fr", "--sumary", "s.json"},
                        "Erreur : l'option --sumary n'existe pas ; vous vouliez peut-être dire --summary. "
                                + "Lancez « inclusion score --help » pour voir les options."),
                Arguments.of(new String[] {"score", "x.json", "--xyz"},
                        "Fout: de optie --xyz bestaat niet. Met \"inclusion score --help\" zie je de opties."),
                Arguments.of(new String[] {"score", "x.json", "--format", "pdf"},
                        "Fout: 'pdf' is geen mogelijke waarde voor --format; kies uit json, md, html, csv. Met \"inclusion score --help\" zie je de opties."),
                Arguments.of(new String[] {"--lang=en", "score", "x.json", "--format", "pdf"},
                        "Error: 'pdf' is not a value for --format; use one of json, md, html, csv. Run \"inclusion score --help\" to see the options."),
                Arguments.of(new String[] {"questionnaire", "--format", "xml", "--lang", "fr"},
                        "Erreur : 'xml' n'est pas une valeur possible pour --format ; choisissez parmi json, md, csv. "
                                + "Lancez « inclusion questionnaire --help » pour voir les options."),
                Arguments.of(new String[] {"score", "--batch", "x.jsonl", "--threads", "veel", "--lang", "fr"},
                        "Erreur : 'veel' n'est pas une valeur possible pour --threads ; indiquez un nombre entier. "
                                + "Lancez « inclusion score --help » pour voir les options."),
                Arguments.of(new String[] {"check", "--lang", "en"},
                        "Error: DIR is missing. Run \"inclusion check --help\" to see the options."),
                Arguments.of(new String[] {"score", "x.json", "--format"},
                        "Fout: na --format hoort een waarde (json|md|html|csv). Met \"inclusion score --help\" zie je de opties."),
                Arguments.of(new String[] {"score", "x.json", "--format", "md", "--format", "json", "--lang", "en"},
                        "Error: give the option --format only once. Run \"inclusion score --help\" to see the options."),
                Arguments.of(new String[] {"scroe", "x.json"},
                        "Fout: scroe wordt hier niet verwacht; misschien bedoel je score. Met \"inclusion --help\" zie je de opties."),
                Arguments.of(new String[] {"compare", "a.json", "b.json", "c.json", "--lang", "en"},
                        "Error: c.json is not expected here. Run \"inclusion compare --help\" to see the options."));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeInTheCommandIsToldInTheLanguageOfTheRun(String[] args, String expected) {
        // WHEN
        CliRun run = CliRun.of(args);

        // THEN
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(expected);
    }

    @Test
    void anUnknownLanguageFallsBackToDutch() {
        // WHEN
        CliRun run = CliRun.of("catalogue", "--lang", "de");

        // THEN
        assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(run.err().strip()).startsWith("Fout: 'de' is geen mogelijke waarde voor --lang; kies uit nl, fr, en.")
                .doesNotContain("Invalid value", "Exception", "\tat ");
    }
}
