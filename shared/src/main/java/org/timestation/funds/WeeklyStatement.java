package org.timestation.funds;

import java.time.LocalDate;
import java.util.List;

/** The week's public funds statement (信任公示栏): Monday to Sunday in the community's zone, money in fen. */
public record WeeklyStatement(LocalDate monday, long openingFen, long inFen, long outFen, long closingFen, long depositsHeldFen,
                              List<FundsEntry> entries) {
}
