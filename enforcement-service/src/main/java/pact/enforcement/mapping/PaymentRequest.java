package pact.enforcement.mapping;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import pact.support.validation.CleanText;
import pact.support.validation.PlausibleEventTime;

/** A payment received for a fixed penalty. */
public record PaymentRequest(
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 6, fraction = 2) BigDecimal amount,
        @NotNull @PastOrPresent @PlausibleEventTime LocalDate paidOn,
        @NotNull Channel channel,
        @NotBlank @Size(max = 64) @CleanText String reference) {

    /** How the money came in. */
    public enum Channel {
        ONLINE,
        PHONE,
        POST,
        IN_PERSON
    }
}
