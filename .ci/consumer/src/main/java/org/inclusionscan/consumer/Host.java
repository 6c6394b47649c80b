package org.inclusionscan.consumer;

import java.nio.file.Path;
import org.inclusionscan.rules.Versions;
import org.slf4j.LoggerFactory;

/**
 * The host application: runs the README's snippet ({@code Embedding}, copied from README.md by run.sh) once and
 * checks that SLF4J ended up with the binding the profile chose, not with one a library brought along.
 */
public final class Host {

    private Host() {
    }

    public static void main(String[] args) throws Exception {
        LoggerFactory.getLogger(Host.class).info("host starts");
        String provider = org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName();
        String html = Embedding.report(Path.of(args[0]));
        if (!html.startsWith("<!DOCTYPE html>") || !html.contains("</html>")) {
            throw new AssertionError("The README snippet gave no HTML report: " + html.substring(0, Math.min(200, html.length())));
        }
        String expected = args[1];
        String actual = providerOf();
        if (!actual.equals(expected)) {
            throw new AssertionError("SLF4J provider (" + actual + ") is not the host's (" + expected + "); logger factory " + provider);
        }
        Versions versions = Versions.of(Embedding.ADVISOR);
        if (!versions.library().equals(args[2])) {
            throw new AssertionError("Versions.of(advisor) names library " + versions.library() + ", not the installed " + args[2]);
        }
        System.out.println(versions + "; consumer OK: " + html.length() + " characters of HTML, SLF4J provider " + actual);
    }

    private static String providerOf() throws Exception {
        // LoggerFactory.getProvider() is package-private in slf4j-api 2.0; read it the supported way instead.
        java.util.ServiceLoader<org.slf4j.spi.SLF4JServiceProvider> loader =
                java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class);
        java.util.List<String> names = new java.util.ArrayList<>();
        loader.forEach(p -> names.add(p.getClass().getName()));
        if (names.size() != 1) {
            throw new AssertionError("Expected exactly one SLF4J provider on the class path, found " + names);
        }
        return names.get(0);
    }
}
