package org.inclusionscan.questionnaire;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;

/**
 * A versioned item bank: its id (such as {@code selfscan-1}) is what a scan names.
 * Immutable and thread-safe. (A class rather than a record only to keep its items indexed by id:
 * every answer of every scan is looked up here.)
 */
public final class Questionnaire {

    private final String id;
    private final Map<Language, String> title;
    private final Map<Language, String> description;
    private final List<Item> items;
    private final Map<String, Item> itemsById;

    /**
     * A questionnaire; item ids must be unique.
     *
     * @param id          e.g. {@code selfscan-1}
     * @param title       the title per language
     * @param description the introduction per language
     * @param items       the items, in the order they are asked
     */
    public Questionnaire(String id, Map<Language, String> title, Map<Language, String> description, List<Item> items) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Map.copyOf(title);
        this.description = Map.copyOf(description);
        this.items = List.copyOf(items);
        Map<String, Item> byId = new LinkedHashMap<>();
        this.items.forEach(item -> byId.putIfAbsent(item.id(), item));
        this.itemsById = Collections.unmodifiableMap(byId);
    }

    /**
     * The questionnaire's id, which a scan names.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The title per language.
     *
     * @return the titles
     */
    public Map<Language, String> title() {
        return title;
    }

    /**
     * The introduction per language.
     *
     * @return the introductions
     */
    public Map<Language, String> description() {
        return description;
    }

    /**
     * The items, in the order they are asked.
     *
     * @return the items
     */
    public List<Item> items() {
        return items;
    }

    /**
     * The item with an id.
     *
     * @param itemId e.g. {@code vision-1}
     * @return the item, or empty
     */
    public Optional<Item> item(String itemId) {
        return Optional.ofNullable(itemsById.get(itemId));
    }

    /**
     * The items by id, in questionnaire order.
     *
     * @return an unmodifiable map
     */
    public Map<String, Item> itemsById() {
        return itemsById;
    }

    /**
     * The items of a factor.
     *
     * @param factor the factor
     * @return its items, possibly none
     */
    public List<Item> itemsOf(Factor factor) {
        return items.stream().filter(item -> item.factor() == factor).toList();
    }

    /**
     * The items of a domain in one dimension.
     *
     * @param domain    the domain
     * @param dimension the dimension
     * @return the items of that cell
     */
    public List<Item> itemsOf(Domain domain, Dimension dimension) {
        return items.stream().filter(item -> item.factor().domain() == domain && item.dimension() == dimension).toList();
    }

    /**
     * The factors that have no item: they can never get a score.
     *
     * @return the factors, usually none
     */
    public Set<Factor> factorsWithoutItems() {
        Set<Factor> missing = EnumSet.allOf(Factor.class);
        items.forEach(item -> missing.remove(item.factor()));
        return missing;
    }

    /**
     * The title in a language, or, where missing, in Dutch, French or English.
     *
     * @param language nl, fr or en
     * @return the title
     */
    public String title(Language language) {
        return inLanguage(title, language);
    }

    /**
     * The introduction in a language, or, where missing, in Dutch, French or English.
     *
     * @param language nl, fr or en
     * @return the introduction
     */
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Questionnaire that && id.equals(that.id) && title.equals(that.title)
                && description.equals(that.description) && items.equals(that.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, items);
    }

    @Override
    public String toString() {
        return "Questionnaire[id=" + id + ", items=" + items.size() + "]";
    }
}
