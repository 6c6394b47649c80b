package org.inclusionscan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.scoring.Scorer;

/**
 * The batch's stages one at a time on one thread, after warm-up, in CPU time of that thread: reading each line
 * ({@code ScanReader.read(String, source)}, good and bad lines), scoring the good ones, scoring and advising them
 * ({@code Advisor.evaluate}). No start-up, JIT compilation or collector threads in the figures, so they compare
 * two builds on a shared machine better than whole-process CPU: run both builds' classes alternately, several
 * times. Prints the lowest round of the last two thirds (the least disturbed one) per stage, in us per scan.
 *
 * <pre>java -cp ... org.inclusionscan.benchmarks.BatchStages scans.jsonl [lines, default 3000] [rounds, default 15]</pre>
 */
public final class BatchStages {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BatchStages() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<String> lines = new ArrayList<>(count);
        try (BufferedReader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while (lines.size() < count && (line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        ScanReader reader = ScanReader.create();
        QuestionnaireRegistry questionnaires = reader.questionnaires();
        Scorer scorer = Scorer.create();
        Advisor advisor = Advisor.defaults();
        double[] read = new double[rounds];
        double[] score = new double[rounds];
        double[] evaluate = new double[rounds];
        // Bytes allocated per scan by each stage (issue 25, item 2): unlike time, load does not change them.
        double[][] allocated = new double[3][rounds];
        long thread = Thread.currentThread().getId();
        var memory = (com.sun.management.ThreadMXBean) THREADS;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            List<Scan> scans = new ArrayList<>(lines.size());
            long bytes = memory.getThreadAllocatedBytes(thread);
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (String line : lines) {
                try {
                    scans.add(reader.read(line, "line"));
                } catch (InvalidInputException e) {
                    sink += e.problems().size();
                }
            }
            read[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / lines.size();
            allocated[0][round] = (double) (memory.getThreadAllocatedBytes(thread) - bytes) / lines.size();
            bytes = memory.getThreadAllocatedBytes(thread);
            cpu = THREADS.getCurrentThreadCpuTime();
            for (Scan scan : scans) {
                sink += scorer.score(scan, questionnaires.find(scan.questionnaireId()).orElseThrow()).respondents();
            }
            score[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / scans.size();
            allocated[1][round] = (double) (memory.getThreadAllocatedBytes(thread) - bytes) / scans.size();
            bytes = memory.getThreadAllocatedBytes(thread);
            cpu = THREADS.getCurrentThreadCpuTime();
            for (Scan scan : scans) {
                sink += advisor.evaluate(scan, questionnaires.find(scan.questionnaireId()).orElseThrow()).advice().recommendations().size();
            }
            evaluate[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / scans.size();
            allocated[2][round] = (double) (memory.getThreadAllocatedBytes(thread) - bytes) / scans.size();
        }
        System.out.printf(Locale.ROOT, "{\"lines\": %d, \"readUs\": %.1f, \"scoreUs\": %.1f, \"scoreAndAdviseUs\": %.1f, "
                + "\"readBytes\": %.0f, \"scoreBytes\": %.0f, \"scoreAndAdviseBytes\": %.0f, \"sink\": %d}%n",
                lines.size(), lowest(read, rounds / 3), lowest(score, rounds / 3), lowest(evaluate, rounds / 3),
                lowest(allocated[0], rounds / 3), lowest(allocated[1], rounds / 3), lowest(allocated[2], rounds / 3), sink);
    }

    private static double lowest(double[] values, int from) {
        return Arrays.stream(values, from, values.length).min().orElseThrow();
    }
}
