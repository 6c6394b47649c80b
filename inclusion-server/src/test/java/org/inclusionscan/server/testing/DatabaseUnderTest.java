package org.inclusionscan.server.testing;

import java.util.function.Supplier;

/**
 * One of the two databases the server runs on, as a parameter of a test that must hold on both:
 * {@code embedded} (H2 in a file of a temporary directory) or {@code postgresql} (a fresh database in
 * the run's throw-away cluster). The URL is made when the test first asks for it, so a run without
 * PostgreSQL skips (or, in CI, fails) only the PostgreSQL half.
 */
public final class DatabaseUnderTest {

    private final String name;
    private final Supplier<String> url;
    private String made;

    DatabaseUnderTest(String name, Supplier<String> url) {
        this.name = name;
        this.url = url;
    }

    public String name() {
        return name;
    }

    public boolean isPostgres() {
        return name.equals("postgresql");
    }

    /** The JDBC URL (user included for PostgreSQL; trust authentication, no password). */
    public synchronized String url() {
        if (made == null) {
            made = url.get();
        }
        return made;
    }

    @Override
    public String toString() {
        return name;
    }
}
