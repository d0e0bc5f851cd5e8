package io.otp.benchmarks;

import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import java.util.List;

/**
 * The JSON document of the JSON benchmark: a tender and the bids submitted to it.
 *
 * @param tender the tender; not null
 * @param bids the bids; not null
 */
public record TenderDocument(Tender tender, List<Bid> bids) {
}
