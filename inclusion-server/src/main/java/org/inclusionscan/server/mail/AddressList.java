package org.inclusionscan.server.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of e-mail addresses as a coordinator pastes it: one per line, or several on a line
 * separated by commas or semicolons; blank lines and spaces are ignored. Each address must be a
 * bare address ({@code name@example.org}, no display name, no {@code <...>}); an address is kept
 * once, compared without regard to case.
 *
 * @param addresses the good addresses, each once, in the order given, in lower case
 * @param problems  every bad entry with its line (1-based), in the order given
 * @param duplicates how many entries were left out as repeats
 */
public record AddressList(List<String> addresses, List<BadEntry> problems, int duplicates) {

    /** The longest address accepted (RFC 5321: 64 + 1 + 255). */
    public static final int MAX_ADDRESS_LENGTH = 320;

    /** An entry that is no address. */
    public record BadEntry(int line, String entry) {
    }

    public AddressList {
        addresses = List.copyOf(addresses);
        problems = List.copyOf(problems);
    }

    public static AddressList parse(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<BadEntry> problems = new ArrayList<>();
        int duplicates = 0;
        String[] lines = (text == null ? "" : text).split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String part : lines[i].split("[,;]")) {
                String entry = part.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                if (!valid(entry)) {
                    problems.add(new BadEntry(i + 1, entry.length() <= 60 ? entry : entry.substring(0, 60) + "..."));
                } else if (!seen.add(entry.toLowerCase(Locale.ROOT))) {
                    duplicates++;
                }
            }
        }
        return new AddressList(new ArrayList<>(seen), problems, duplicates);
    }

    /** A bare address the mail library accepts strictly, with a dot in its domain. */
    static boolean valid(String entry) {
        if (entry.length() > MAX_ADDRESS_LENGTH || entry.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"'
                || c == '(' || c == ')' || c == 0x7f)) {
            return false;
        }
        int at = entry.lastIndexOf('@');
        if (at <= 0 || at != entry.indexOf('@') || !entry.substring(at + 1).contains(".") || entry.endsWith(".")) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(entry, true);
            address.validate();
            return entry.equals(address.getAddress());
        } catch (AddressException e) {
            return false;
        }
    }
}
