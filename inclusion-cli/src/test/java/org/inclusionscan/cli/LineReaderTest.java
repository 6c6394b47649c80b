package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines come out the same however the stream hands out its bytes, across the reader's 64 kB blocks. */
class LineReaderTest {

    @ParameterizedTest(name = "at most {0} bytes per read")
    @ValueSource(ints = {1, 7, 65_535, 65_536, 1 << 20})
    void linesCrossingBlocksAndShortReadsComeOutWhole(int bytesPerRead) throws IOException {
        // GIVEN a line longer than a block, a CRLF line, a line over the limit, an empty line and a last line without a break
        String longLine = "x".repeat(70_000);
        String tooLong = "y".repeat(200_001);
        String text = longLine + "\n" + "second\r\n" + tooLong + "\n" + "\n" + "last";

        // WHEN read through a stream that returns at most bytesPerRead bytes per call
        LineReader reader = new LineReader(new Trickle(text.getBytes(StandardCharsets.UTF_8), bytesPerRead), 200_000);
        List<LineReader.Line> lines = new ArrayList<>();
        LineReader.Line line;
        while ((line = reader.next()) != null) {
            lines.add(line);
        }

        // THEN
        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(new String(lines.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo(longLine);
        assertThat(new String(lines.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(lines.get(2).tooLong()).isTrue();
        assertThat(lines.get(2).length()).isEqualTo(200_001);
        assertThat(lines.get(2).bytes()).isEmpty();
        assertThat(lines.get(3).bytes()).isEmpty();
        assertThat(lines.get(3).tooLong()).isFalse();
        assertThat(new String(lines.get(4).bytes(), StandardCharsets.UTF_8)).isEqualTo("last");
    }

    /** Hands out at most a few bytes per read, as a pipe or a slow disk may. */
    private static final class Trickle extends FilterInputStream {
        private final int most;

        Trickle(byte[] bytes, int most) {
            super(new ByteArrayInputStream(bytes));
            this.most = most;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, most));
        }
    }
}
