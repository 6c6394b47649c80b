package org.inclusionscan.session;

import java.util.Objects;
import org.inclusionscan.model.Factor;

/**
 * Which card: an item card by its item id, a factor card by its factor id. The factor is the
 * item's factor for an item card; agreements made on the card work on it.
 *
 * @param id the item id ({@link CardKind#ITEM}) or the factor id ({@link CardKind#FACTOR})
 */
public record CardRef(CardKind kind, String id, Factor factor) {

    /**
     * Checks that the parts are present and that a factor card carries its own factor.
     *
     * @param kind   item or factor
     * @param id     the item id or the factor id
     * @param factor the factor the card is about
     * @throws IllegalArgumentException when the id is blank or does not match the factor of a factor card
     */
    public CardRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factor, "factor");
        if (id.isBlank()) {
            throw new IllegalArgumentException("The id of a card is blank.");
        }
        if (kind == CardKind.FACTOR && !id.equals(factor.id())) {
            throw new IllegalArgumentException("The factor card (%s) must carry its own factor, not (%s).".formatted(id, factor.id()));
        }
    }

    /**
     * The card of an item.
     *
     * @param itemId the item id
     * @param factor the factor the item belongs to
     * @return the reference
     */
    public static CardRef item(String itemId, Factor factor) {
        return new CardRef(CardKind.ITEM, itemId, factor);
    }

    /**
     * The card of a factor.
     *
     * @param factor the factor
     * @return the reference
     */
    public static CardRef factor(Factor factor) {
        return new CardRef(CardKind.FACTOR, factor.id(), factor);
    }

    /**
     * A stable key such as {@code item:network-vitality-1} or {@code factor:network-vitality}, for URLs and storage.
     *
     * @return the key
     */
    public String key() {
        return kind.id() + ":" + id;
    }
}
