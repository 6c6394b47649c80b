package org.inclusionscan.server.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B for coordinators: long enough, not common, no pattern, not the e-mail. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234567890                | password-too-short
            aaaaaaaaaa                | password-too-short
            short                     | password-too-short
            aaaaaaaaaaaa              | password-common
            ............              | password-common
            123456789012              | password-common
            abcdefghijklm             | password-common
            qwertyuiopasdf            | password-common
            1qaz2wsx3edc              | password-common
            Password1234              | password-common
            passwordpassword          | password-common
            iloveyou1234              | password-common
            welkom123456              | password-common
            azertyuiop123             | password-common
            my name is jan.peeters    | password-has-email
            JAN.PEETERS-2026!x        | password-has-email
            """)
    void refuses(String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.check("jan.peeters@example.org", password))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    org.assertj.core.api.Assertions.assertThat(refusal.code()).isEqualTo(code);
                    org.assertj.core.api.Assertions.assertThat(refusal.field()).isEqualTo("password");
                    org.assertj.core.api.Assertions.assertThat(refusal.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "two servers, one database", "keyboard only, please",
            "Tr0ub4dor&3xx", "de koffie is op, de vergadering niet"})
    void accepts_long_uncommon_passwords(String password) {
        assertThatCode(() -> PasswordPolicy.check("jan.peeters@example.org", password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 200})
    void refuses_what_bcrypt_would_cut_off(int bytes) {
        String password = "é".repeat(bytes / 2) + "x".repeat(bytes % 2);

        assertThatThrownBy(() -> PasswordPolicy.check("jan@example.org", password))
                .isInstanceOfSatisfying(Refusal.class, refusal -> org.assertj.core.api.Assertions.assertThat(refusal.code())
                        .isEqualTo("password-too-long"));
    }
}
