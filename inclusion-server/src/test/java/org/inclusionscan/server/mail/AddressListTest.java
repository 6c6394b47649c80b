package org.inclusionscan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pasted list of addresses: separators, repeats, and every bad entry with its line. */
class AddressListTest {

    @Test
    void lines_commas_and_semicolons_separate_and_a_repeat_counts_once() {
        AddressList list = AddressList.parse(" a@example.org ;b@example.org,\r\n\n  c@example.org\rA@EXAMPLE.ORG; ;");

        assertThat(list.addresses()).containsExactly("a@example.org", "b@example.org", "c@example.org");
        assertThat(list.duplicates()).isEqualTo(1);
        assertThat(list.problems()).isEmpty();
    }

    @Test
    void each_bad_entry_is_named_with_its_line() {
        AddressList list = AddressList.parse("ok@example.org\nno-at-sign\n\nx@y, good@example.org; Ann <ann@example.org>");

        assertThat(list.problems()).containsExactly(new AddressList.BadEntry(2, "no-at-sign"), new AddressList.BadEntry(4, "x@y"),
                new AddressList.BadEntry(4, "Ann <ann@example.org>"));
        assertThat(list.addresses()).containsExactly("ok@example.org", "good@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@example.org", "a@", "a@@example.org", "a b@example.org", "a@example.org.", "\"a\"@example.org",
        "a@exa mple.org", "a@example", "a(comment)@example.org"})
    void these_are_no_addresses(String entry) {
        assertThat(AddressList.parse(entry).problems()).hasSize(1);
    }

    @Test
    void a_long_entry_is_shortened_in_the_message() {
        String entry = "x".repeat(400) + "@example.org";

        assertThat(AddressList.parse(entry).problems().get(0).entry()).hasSize(63).endsWith("...");
    }
}
