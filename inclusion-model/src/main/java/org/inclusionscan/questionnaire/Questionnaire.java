package org.inclusionscan.questionnaire;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;

/**
 * A versioned item bank: its id (such as {@code selfscan-1}) is what a scan names.
 * Immutable and thread-safe.
 */
public record Questionnaire(String id, Map<Language, String> title, Map<Language, String> description, List<Item> items) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        items = List.copyOf(items);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** The items by id, in questionnaire order. */
    public Map<String, Item> itemsById() {
        return items.stream().collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<Item> itemsOf(Factor factor) {
        return items.stream().filter(item -> item.factor() == factor).toList();
    }

    public List<Item> itemsOf(Domain domain, Dimension dimension) {
        return items.stream().filter(item -> item.factor().domain() == domain && item.dimension() == dimension).toList();
    }

    /** The factors that have no item: they can never get a score. */
    public Set<Factor> factorsWithoutItems() {
        Set<Factor> missing = EnumSet.allOf(Factor.class);
        items.forEach(item -> missing.remove(item.factor()));
        return missing;
    }

    public String title(Language language) {
        return inLanguage(title, language);
    }

    public String description(Language language) {
        return description.isEmpty() ? "" : inLanguage(description, language);
    }

    static String inLanguage(Map<Language, String> texts, Language language) {
        String text = texts.get(language);
        if (text != null) {
            return text;
        }
        for (Language fallback : Language.values()) {
            if (texts.containsKey(fallback)) {
                return texts.get(fallback);
            }
        }
        return "";
    }
}
