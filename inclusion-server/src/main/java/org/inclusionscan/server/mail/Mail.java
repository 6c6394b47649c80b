package org.inclusionscan.server.mail;

import java.util.Objects;

/**
 * One plain-text mail to one address.
 *
 * @param key what the sender knows the mail by (a link's token), never put in the mail's headers
 */
public record Mail(String key, String to, String subject, String body) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** The address is personal data: it stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "Mail[" + subject + "]";
    }
}
