package org.inclusionscan.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answers to one item, after reversal.
 *
 * @param mean null when nobody answered it on the scale
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemScore(String item, Double mean, Coverage coverage) {
}
