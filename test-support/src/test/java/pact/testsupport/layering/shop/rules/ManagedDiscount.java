package pact.testsupport.layering.shop.rules;

/** Deliberately bad: a plain rule made a CDI bean, by a qualified annotation and no import. */
@jakarta.enterprise.context.ApplicationScoped
public class ManagedDiscount {
    public long discount(long totalPence) {
        return totalPence / 10;
    }
}
