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

    public RoundContext {
        reviews = List.copyOf(reviews);
    }

    public static RoundContext of(AgreedPicture agreedPicture) {
        return new RoundContext(Objects.requireNonNull(agreedPicture, "agreedPicture"), List.of());
    }

    public RoundContext withReviews(List<AgreementReview> value) {
        return new RoundContext(agreedPicture, value);
    }

    public RoundContext withAgreedPicture(AgreedPicture value) {
        return new RoundContext(value, reviews);
    }

    public Optional<AgreedPicture> picture() {
        return Optional.ofNullable(agreedPicture);
    }

    /** True when there is nothing to add to the report. */
    @JsonIgnore
    public boolean isEmpty() {
        return agreedPicture == null && reviews.isEmpty();
    }
}
