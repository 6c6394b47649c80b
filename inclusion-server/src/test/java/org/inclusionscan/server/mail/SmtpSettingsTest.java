package org.inclusionscan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --smtp URL --mail-from ADDRESS}: what is read, and each mistake refused with its own located message. */
class SmtpSettingsTest {

    @ParameterizedTest
    @CsvSource({
        "smtp://mail.example.org,            OPPORTUNISTIC, mail.example.org, 25",
        "smtp://mail.example.org:2525,       OPPORTUNISTIC, mail.example.org, 2525",
        "smtp+starttls://mail.example.org,   STARTTLS,      mail.example.org, 587",
        "SMTPS://mail.example.org/,          TLS,           mail.example.org, 465",
        "smtps://127.0.0.1:1465,             TLS,           127.0.0.1,        1465",
    })
    void a_url_gives_the_security_host_and_port(String url, SmtpSettings.Security security, String host, int port) {
        SmtpSettings settings = SmtpSettings.parse(url, "scan@example.org", null, null);

        assertThat(settings.security()).isEqualTo(security);
        assertThat(settings.host()).isEqualTo(host);
        assertThat(settings.port()).isEqualTo(port);
        assertThat(settings.where()).isEqualTo(security.scheme() + "://" + host + ":" + port);
    }

    @ParameterizedTest
    @CsvSource({
        "ftp://mail.example.org,               scan@example.org, smtp-scheme",
        "mail.example.org:25,                  scan@example.org, smtp-scheme",
        "smtp://user:secret@mail.example.org,  scan@example.org, smtp-credentials-in-url",
        "smtp:///nohost,                       scan@example.org, smtp-host",
        "smtp://mail.example.org:25/path,      scan@example.org, smtp-extra",
        "smtp://mail.example.org:25?tls=1,     scan@example.org, smtp-extra",
        "smtp://mail example.org,              scan@example.org, bad-smtp-url",
        "smtp://mail.example.org,              '',               mail-from-missing",
        "smtp://mail.example.org,              not an address,   bad-mail-from",
    })
    void each_mistake_has_its_own_message(String url, String from, String key) {
        SmtpSettings.Problem problem = catchThrowableOfType(SmtpSettings.Problem.class,
                () -> SmtpSettings.parse(url, from, null, null));

        assertThat(problem).isNotNull();
        assertThat(problem.key()).isEqualTo(key);
    }

    @Test
    void the_user_and_password_come_together_and_are_never_printed() {
        assertThat(catchThrowableOfType(SmtpSettings.Problem.class,
                () -> SmtpSettings.parse("smtp://m.example.org", "a@example.org", "user", null)).key())
                .isEqualTo("smtp-user-without-password");
        SmtpSettings settings = SmtpSettings.parse("smtp://m.example.org", "a@example.org", "user", "s3cret-pass");
        assertThat(settings.user()).isEqualTo("user");
        assertThat(settings.toString()).doesNotContain("s3cret-pass");
    }

    @Test
    void without_smtp_there_is_no_mail_and_a_lone_mail_from_is_refused() {
        assertThat(SmtpSettings.parse(null, null, null, null)).isNull();
        assertThat(catchThrowableOfType(SmtpSettings.Problem.class, () -> SmtpSettings.parse(null, "a@example.org", null, null))
                .key()).isEqualTo("mail-from-without-smtp");
    }
}
