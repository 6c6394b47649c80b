package org.inclusionscan.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A property that only notes what it was given, for {@link FixedSeedsTest}, which runs it through
 * the launcher. Its name does not end in Test, so the build does not run it by itself.
 */
class SeedProbe {

    static final List<String> SEEN = new ArrayList<>();

    @Property(tries = 20)
    void notesWhatItGets(@ForAll String text, @ForAll int number) {
        SEEN.add(text + "|" + number);
    }
}
