package org.inclusionscan.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Region;
import org.inclusionscan.tools.Tool;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.Test;

/**
 * An advice text must not rest on a tool that the region filter can take out of the list: a Dutch or Walloon
 * organisation would read a name its report never gives. Only the rules that fire in Brussels alone may name a
 * Brussels tool.
 */
class AdviceNamesNoRegionalToolTest {

    private final Texts texts = Texts.defaults();

    @Test
    void noAdviceTextNamesAToolWithARegionScopeUnlessItsRuleOnlyFiresThere() {
        List<String> offences = new ArrayList<>();
        for (Tool tool : ToolCatalogue.defaults().all()) {
            Set<Region> regions = tool.scope().regions();
            if (regions.isEmpty()) {
                continue;
            }
            String name = texts.get(Language.NL, "tool." + tool.id() + ".name").split(" \\| ")[0];
            Pattern named = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
            for (String key : texts.keys(Language.NL)) {
                if (!key.startsWith("advice.")) {
                    continue;
                }
                boolean brusselsOnlyRule = key.startsWith("advice.context.brussels.") && regions.contains(Region.BRUSSELS);
                if (!brusselsOnlyRule && named.matcher(texts.get(Language.NL, key)).find()) {
                    offences.add(key + " names " + tool.id() + " " + regions);
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
