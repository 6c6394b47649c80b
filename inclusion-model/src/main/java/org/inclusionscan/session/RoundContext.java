package org.inclusionscan.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a round's report shows beyond its scan: the picture the team agreed on in its session on this
 * round, and the review of the agreements of earlier rounds as the coordinator marked them.
 * {@link #NONE} renders exactly the report without either. Immutable.
 *
 * @param agreedPicture null when no session was held (yet)
 * @param reviews       earlier agreements with their status, in the order to show them
 */
public record RoundContext(AgreedPicture agreedPicture, List<AgreementReview> reviews) {

    /** No session, no earlier agreements. */
    public static final RoundContext NONE = new RoundContext(null, List.of());

    /**
     * Keeps an unmodifiable copy of the reviews.
     *
     * @param agreedPicture the agreed picture, or null
     * @param reviews       the reviews of earlier agreements
     */
    public RoundContext {
        reviews = List.copyOf(reviews);
    }

    /**
     * A context with this agreed picture and no reviews.
     *
     * @param agreedPicture the outcome of the session on the round
     * @return the context
     */
    public static RoundContext of(AgreedPicture agreedPicture) {
        return new RoundContext(Objects.requireNonNull(agreedPicture, "agreedPicture"), List.of());
    }

    /**
     * The same context with these reviews.
     *
     * @param value the reviews of earlier agreements
     * @return the new context
     */
    public RoundContext withReviews(List<AgreementReview> value) {
        return new RoundContext(agreedPicture, value);
    }

    /**
     * The same context with this agreed picture.
     *
     * @param value the agreed picture, or null
     * @return the new context
     */
    public RoundContext withAgreedPicture(AgreedPicture value) {
        return new RoundContext(value, reviews);
    }

    /**
     * The agreed picture, if a session was held.
     *
     * @return the picture, or empty
     */
    public Optional<AgreedPicture> picture() {
        return Optional.ofNullable(agreedPicture);
    }

    /**
     * True when there is nothing to add to the report.
     *
     * @return whether there is neither a picture nor a review
     */
    @JsonIgnore
    public boolean isEmpty() {
        return agreedPicture == null && reviews.isEmpty();
    }
}
