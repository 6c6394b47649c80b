package org.inclusionscan.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;

/**
 * The parts of {@code bin/inclusion score} as separate processes, for {@code benchmarks/startup.sh}: how much
 * of a start-up is the JVM, reading the scan with Jackson, loading the rules (the precompiled Drools rule
 * base) and advising, before a report is written. Run with the launcher's own options and class-data
 * archive; prints one number so that no part is optimised away.
 *
 * <pre>StartupFloor read|rules|advise SCAN.json</pre>
 */
public final class StartupFloor {

    private StartupFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !java.util.List.of("read", "rules", "advise").contains(args[0])) {
            System.err.println("usage: StartupFloor read|rules|advise SCAN.json");
            System.exit(2);
        }
        Scan scan = ScanReader.create().read(Path.of(args[1]));
        int seen = scan.respondents().size();
        if (!args[0].equals("read")) {
            Advisor advisor = Advisor.defaults();
            seen += advisor.ruleSet().name().length();
            if (args[0].equals("advise")) {
                ScanResult result = advisor.evaluate(scan);
                seen += result.advice().recommendations().size();
            }
        }
        System.out.println(seen);
    }
}
