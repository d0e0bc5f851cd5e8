package io.otp.benchmarks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import java.util.List;

/**
 * The JSON document of the JSON benchmark: a tender and the bids submitted to it.
 *
 * <p>The properties are named explicitly because {@link io.otp.core.json.OtpJson#standard()} does not
 * detect a record's components by itself.
 *
 * @param tender the tender; not null
 * @param bids the bids; not null
 */
public record TenderDocument(@JsonProperty("tender") Tender tender, @JsonProperty("bids") List<Bid> bids) {

    /**
     * Creates the document.
     *
     * @param tender the tender; not null
     * @param bids the bids; not null
     */
    @JsonCreator
    public TenderDocument {
        bids = List.copyOf(bids);
    }
}
