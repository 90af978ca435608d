package org.timestation.merchant;

/**
 * One spot check of a merchant's member price (楼长抽查价格): the item, its cost as the shop's posted list
 * says (进货价), the member price posted (会员价) and what the checker was actually charged, all in fen.
 * The handbook's rule: a member price may be at most the cost plus 5%.
 */
public record PriceCheck(String merchant, String item, long costFen, long listedFen, long chargedFen, Verdict verdict, String operator, long at) {

    /** What the check found. */
    public enum Verdict {
        /** Charged the posted price or less, and the posted price keeps within cost + 5%. */
        FAIR,
        /** Charged more than posted, or the posted price is over cost + 5%, but what was charged is within it: a reminder (轻微). */
        SLIGHTLY_HIGH,
        /** Charged more than cost + 5%: the member price was raised (中度: a 3-day pause and ¥200 of the deposit). */
        OVER_LIMIT;

        /** The verdict of a check; every amount in fen and positive. */
        public static Verdict of(long costFen, long listedFen, long chargedFen) {
            if (overLimit(costFen, chargedFen)) {
                return OVER_LIMIT;
            }
            return chargedFen > listedFen || overLimit(costFen, listedFen) ? SLIGHTLY_HIGH : FAIR;
        }

        private static boolean overLimit(long costFen, long priceFen) {
            return priceFen * 100 > costFen * 105;
        }
    }
}
