package org.timestation.exchange;

import org.timestation.volunteer.Tier;

/** A volunteer who may take a request, with what ranked them: tier, then rating, then recent load, then distance. */
public record Candidate(String memberId, Tier tier, long ratingX100, int recentLoad, long metres) {
}
