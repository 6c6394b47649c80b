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

    public static CardRef item(String itemId, Factor factor) {
        return new CardRef(CardKind.ITEM, itemId, factor);
    }

    public static CardRef factor(Factor factor) {
        return new CardRef(CardKind.FACTOR, factor.id(), factor);
    }

    /** A stable key such as {@code item:network-vitality-1} or {@code factor:network-vitality}, for URLs and storage. */
    public String key() {
        return kind.id() + ":" + id;
    }
}
