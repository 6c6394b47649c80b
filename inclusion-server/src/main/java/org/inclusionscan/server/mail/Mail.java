package org.inclusionscan.server.mail;

import java.util.Objects;

/**
 * One plain-text mail to one address. The subject is one line: control characters (a line break in
 * an organisation's name) become spaces, so no text can add a header of its own.
 *
 * @param key what the sender knows the mail by (a link's token), never put in the mail's headers
 */
public record Mail(String key, String to, String subject, String body) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        subject = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** The address is personal data: it stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "Mail[" + subject + "]";
    }
}
