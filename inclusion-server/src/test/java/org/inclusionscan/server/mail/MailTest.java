package org.inclusionscan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mail's subject is one line, and its text form names no address. */
class MailTest {

    @Test
    void control_characters_in_the_subject_become_one_space() {
        Mail mail = new Mail("k", "a@example.org", "Evil\r\nBcc: thief@example.org\u2028\tend\n", "body\nstays");

        assertThat(mail.subject()).isEqualTo("Evil Bcc: thief@example.org end");
        assertThat(mail.body()).isEqualTo("body\nstays");
    }

    @Test
    void the_text_form_leaves_the_address_out_of_logs() {
        assertThat(new Mail("k", "a@example.org", "s", "b").toString()).doesNotContain("a@example.org");
    }
}
