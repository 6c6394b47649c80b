package org.inclusionscan.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a command's result goes: standard output, or a regular file written completely or not at
 * all (to a temporary file beside it, then moved into place), so a failed or interrupted write
 * never leaves half a report behind.
 *
 * <p>Only regular files are written. {@code -} and {@code /dev/stdout} mean standard output; any
 * other device, a FIFO, a socket or a directory is refused, and so is a symbolic link (it is never
 * replaced and never followed: name the file it points to). A file that is one of the command's own
 * inputs is refused too (compared as real paths, so hard links and {@code ..} count). A replaced
 * file keeps its permissions; a new one gets the umask's (as any file the user creates).
 */
final class Output {

    /** Writes a result. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    /** The names that mean standard output. */
    private static final Set<String> STANDARD_OUTPUT = Set.of("-", "/dev/stdout");

    /** Temporary files being written, deleted by a shutdown hook when the run is interrupted. */
    private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();

    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Output::deleteTemporaries, "delete-partial-output"));
    }

    private Output() {
    }

    /** Whether this {@code --out} value means standard output. */
    static boolean isStandardOutput(Path file) {
        return file == null || STANDARD_OUTPUT.contains(file.toString());
    }

    /**
     * Checks a file to write before any work is done.
     *
     * @param file   the file named by the user, or null / {@code -} / {@code /dev/stdout} for standard output
     * @param inputs the command's inputs (null entries are skipped), which the result may not overwrite
     * @return the absolute file to write, or null for standard output
     * @throws UserException when the file cannot or may not be written
     */
    static Path target(Path file, Collection<Path> inputs) {
        if (isStandardOutput(file)) {
            return null;
        }
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null) {
            throw new UserException("out-directory", Map.of("file", file));
        }
        if (!Files.exists(directory)) {
            throw new UserException("out-no-directory", Map.of("file", file, "directory", directory));
        }
        if (!Files.isDirectory(directory)) {
            throw new UserException("out-not-a-directory", Map.of("file", file, "directory", directory));
        }
        BasicFileAttributes attributes = attributes(target);
        if (attributes != null) {
            if (attributes.isSymbolicLink()) {
                throw new UserException("out-symlink", Map.of("file", file, "target", linkTarget(target)));
            }
            if (attributes.isDirectory()) {
                throw new UserException("out-directory", Map.of("file", file));
            }
            if (!attributes.isRegularFile()) {
                throw new UserException("out-special", Map.of("file", file));
            }
        }
        for (Path input : inputs) {
            if (input != null && !isStandardOutput(input) && sameFile(target, input.toAbsolutePath())) {
                throw new UserException("out-is-input", Map.of("file", file, "input", input));
            }
        }
        return target;
    }

    /**
     * Writes a result to a file checked by {@link #target}, or to standard output when it is null,
     * and says where it went.
     */
    static void write(Cli cli, Path target, Body body) throws IOException {
        if (target == null) {
            toStandardOutput(cli, body);
            return;
        }
        writeAtomically(target, body);
        cli.tell("cli.wrote", Map.of("file", target));
    }

    /** Writes a result to standard output; a failure to write there (a full disk, a closed pipe) is a {@link WriteFailure}. */
    static void toStandardOutput(Cli cli, Body body) throws IOException {
        OutputStream out = cli.out();
        OutputStream shown = cli.terminal() ? TerminalText.filter(nonClosing(out)) : nonClosing(out);
        Writer writer = new OutputStreamWriter(new Guarded(shown, null), StandardCharsets.UTF_8);
        body.writeTo(writer);
        writer.flush();
        if (out instanceof PrintStream print && print.checkError()) {
            throw new WriteFailure(null, new IOException("write error"));
        }
    }

    /**
     * Writes a file completely or not at all. Failures to create, write or move the file are
     * {@link WriteFailure}s naming it; whatever the body throws is passed on as it is.
     */
    static void writeAtomically(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Set<PosixFilePermission> permissions = existingPermissions(target);
        Path temporary = createTemporary(target);
        try {
            OutputStream stream = open(temporary, target);
            // The stream is closed itself too: a writer whose last flush fails (a full disk) does not close it.
            try (stream; Writer writer = new BufferedWriter(new OutputStreamWriter(new Guarded(stream, target), StandardCharsets.UTF_8))) {
                body.writeTo(writer);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
            try {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (FileSystemException e) {
                throw new WriteFailure(target, e);
            }
        } finally {
            Files.deleteIfExists(temporary);
            TEMPORARIES.remove(temporary);
        }
    }

    private static OutputStream open(Path temporary, Path target) throws WriteFailure {
        try {
            return Files.newOutputStream(temporary, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WriteFailure(target, e);
        }
    }

    /** {@code .NAME.<random>.part} beside the target, created with the umask's permissions. */
    private static Path createTemporary(Path target) throws IOException {
        Path directory = Objects.requireNonNull(target.getParent(), "directory");
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            TEMPORARIES.add(temporary);
            try {
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                TEMPORARIES.remove(temporary);
                if (attempt > 100) {
                    throw new WriteFailure(target, e);
                }
            } catch (IOException e) {
                TEMPORARIES.remove(temporary);
                throw new WriteFailure(target, e);
            }
        }
    }

    private static void deleteTemporaries() {
        for (Path temporary : TEMPORARIES) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | RuntimeException e) {
                // Shutting down: nothing better to do than leave it.
            }
        }
    }

    private static Set<PosixFilePermission> existingPermissions(Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static String linkTarget(Path link) {
        try {
            return link.resolveSibling(Files.readSymbolicLink(link)).normalize().toString();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Whether two paths name one file: the same inode when both exist, else the same real place. */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return realPlace(a).equals(realPlace(b));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPlace(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent == null || !Files.exists(parent) ? absolute : parent.toRealPath().resolve(absolute.getFileName());
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * Writing the result failed in the environment (a full disk, a read-only place, no permission,
     * a closed pipe): a problem for the user to solve, not a bug.
     */
    static final class WriteFailure extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path file;

        /**
         * @param file the file being written, or null for standard output
         */
        WriteFailure(Path file, IOException cause) {
            super((file == null ? "standard output" : file) + ": " + cause.getMessage(), cause);
            this.file = file;
        }

        /** The file, or null for standard output. */
        Path file() {
            return file;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Turns every failure of the stream it wraps into a {@link WriteFailure}. */
    private static final class Guarded extends FilterOutputStream {
        private final Path file;

        Guarded(OutputStream out, Path file) {
            super(out);
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        private IOException failure(IOException e) {
            return e instanceof WriteFailure ? e : new WriteFailure(file, e);
        }
    }
}
