package org.inclusionscan.model;

/**
 * Where the four levels start on the 1-5 scale: below {@code moderateFrom} is {@link Level#LOW},
 * then {@link Level#MODERATE} up to {@code goodFrom}, {@link Level#GOOD} up to {@code strongFrom},
 * and {@link Level#STRONG} from there on.
 */
public record LevelBands(double moderateFrom, double goodFrom, double strongFrom) {

    /**
     * The bundled bands: moderate from 2.5, good from 3.25, strong from 4.
     */
    public static final LevelBands DEFAULT = new LevelBands(2.5, 3.25, 4.0);

    /**
     * Checks the components.
     *
     * @param moderateFrom the moderate from
     * @param goodFrom     the good from
     * @param strongFrom   the strong from
     */
    public LevelBands {
        if (!rise(moderateFrom, goodFrom, strongFrom)) {
            throw new IllegalArgumentException(
                    "The level bands (moderate from %s, good from %s, strong from %s) must rise strictly between 1 and 5."
                            .formatted(moderateFrom, goodFrom, strongFrom));
        }
    }

    /**
     * Whether these bands can be used: they rise strictly between 1 (excluded) and 5.
     *
     * @param moderateFrom where moderate starts
     * @param goodFrom     where good starts
     * @param strongFrom   where strong starts
     * @return true when {@code 1 < moderate < good < strong <= 5}
     */
    public static boolean rise(double moderateFrom, double goodFrom, double strongFrom) {
        return 1.0 < moderateFrom && moderateFrom < goodFrom && goodFrom < strongFrom && strongFrom <= 5.0;
    }

    /**
     * The level a mean falls in.
     *
     * @param mean a mean between 1 and 5
     * @return weak, moderate, good or strong
     */
    public Level levelOf(double mean) {
        if (mean < moderateFrom) {
            return Level.LOW;
        }
        if (mean < goodFrom) {
            return Level.MODERATE;
        }
        return mean < strongFrom ? Level.GOOD : Level.STRONG;
    }
}
