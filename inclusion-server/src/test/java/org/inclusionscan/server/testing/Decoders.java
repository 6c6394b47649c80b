package org.inclusionscan.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real decoders for what the browser tests print and photograph: Debian's {@code zbarimg}
 * (zbar-tools) reads QR codes from a screenshot, {@code pdftotext} and {@code pdfinfo}
 * (poppler-utils) read a PDF the browser printed. {@code .ci/run} installs both.
 */
public final class Decoders {

    private Decoders() {
    }

    /** Every QR code zbarimg finds in the PNG image, as text. */
    public static List<String> qrCodes(byte[] png) {
        Path file = temporary(png, ".png");
        try {
            String out = run(List.of("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file.toString()), true);
            return Arrays.stream(out.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        } finally {
            delete(file);
        }
    }

    /** The PDF's text in the order it was drawn (-raw: columns do not interleave), its whitespace runs made single spaces. */
    public static String pdfText(byte[] pdf) {
        Path file = temporary(pdf, ".pdf");
        try {
            return run(List.of("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-"), false).replaceAll("\\s+", " ");
        } finally {
            delete(file);
        }
    }

    /** How many pages the PDF has. */
    public static int pdfPages(byte[] pdf) {
        Path file = temporary(pdf, ".pdf");
        try {
            for (String line : run(List.of("pdfinfo", file.toString()), false).split("\n")) {
                if (line.startsWith("Pages:")) {
                    return Integer.parseInt(line.substring(6).strip());
                }
            }
            throw new AssertionError("pdfinfo named no page count.");
        } finally {
            delete(file);
        }
    }

    private static String run(List<String> command, boolean nothingFoundIsEmpty) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish in 60 s.");
            }
            // zbarimg exits with 4 when it finds no code: that is an empty answer, not a failure.
            if (process.exitValue() != 0 && !(nothingFoundIsEmpty && process.exitValue() == 4)) {
                throw new AssertionError(command.get(0) + " failed with exit code " + process.exitValue() + ".");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(command.get(0) + " cannot run: install zbar-tools and poppler-utils (.ci/run does).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temporary(byte[] content, String suffix) {
        try {
            Path file = Files.createTempFile("inclusion-decode-", suffix);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
