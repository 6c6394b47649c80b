package org.inclusionscan.server.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends plain-text mails through the host's SMTP server (Jakarta Mail, implemented by Eclipse
 * Angus Mail), several over one connection. Logs say what went wrong, never to whom: exception
 * messages of the mail library can hold addresses, so only their kind and SMTP code are logged.
 * Thread-safe: every batch opens its own connection.
 */
public final class SmtpMailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final String TIMEOUT_MILLIS = "15000";

    /** Why mails could not go out. */
    public enum Failure {
        /** The server could not be reached, or the connection broke. */
        UNREACHABLE,
        /** The server refused the user and password. */
        LOGIN_REFUSED,
        /** The server refused one or more addresses (these mails are never retried). */
        ADDRESS_REFUSED;

        /** The text key's tail: {@code unreachable}, {@code login-refused}, {@code address-refused}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What happened to a batch.
     *
     * @param failure the first reason mails did not go out, or null when all went out
     */
    public record Outcome(int sent, int refused, int notSent, Failure failure) {
    }

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.from", settings.from());
        switch (settings.security()) {
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case OPPORTUNISTIC -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        if (settings.user() != null) {
            properties.put("mail.smtp.auth", "true");
        }
        // Of each batch, every mail is sent on its own; one refused address does not stop the others.
        properties.put("mail.smtp.sendpartial", "true");
        this.session = Session.getInstance(properties);
    }

    public SmtpSettings settings() {
        return settings;
    }

    /** Hears of each mail's fate at once, so the caller can note it before the next one goes out. */
    public interface Listener {

        /** Asked just before a mail goes out: false skips it (its link was handed in meanwhile). */
        default boolean wanted(Mail mail) {
            return true;
        }

        /** The server took the mail. */
        void sent(Mail mail);

        /** The server refused the mail's address. */
        default void refused(Mail mail) {
        }
    }

    /**
     * Sends the mails one after the other over one connection. When the connection cannot be made or
     * breaks, the rest is not tried (and counted as not sent).
     */
    public Outcome send(List<Mail> mails, Listener listener) {
        if (mails.isEmpty()) {
            return new Outcome(0, 0, 0, null);
        }
        int done = 0;
        int refused = 0;
        int skipped = 0;
        Failure failure = null;
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            for (Mail mail : mails) {
                if (!listener.wanted(mail)) {
                    skipped++;
                    continue;
                }
                try {
                    MimeMessage message = message(mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    done++;
                    listener.sent(mail);
                } catch (SendFailedException e) {
                    if (e.getValidSentAddresses() != null && e.getValidSentAddresses().length > 0) {
                        done++;
                        listener.sent(mail);
                    } else {
                        refused++;
                        listener.refused(mail);
                        failure = failure == null ? Failure.ADDRESS_REFUSED : failure;
                        LOG.warn("The mail server refused an address ({}).", e.getClass().getSimpleName());
                    }
                }
            }
        } catch (AuthenticationFailedException e) {
            LOG.warn("The mail server {} refused the user and password.", settings.where());
            failure = Failure.LOGIN_REFUSED;
        } catch (MessagingException e) {
            LOG.warn("Mail through {} failed after {} of {} mails ({}).", settings.where(), done + refused, mails.size(),
                    e.getClass().getSimpleName());
            failure = Failure.UNREACHABLE;
        }
        int notSent = mails.size() - done - refused - skipped;
        return new Outcome(done, refused, notSent, notSent > 0 ? (failure == null ? Failure.UNREACHABLE : failure) : failure);
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }
}
