package pact.testsupport.layering.shop.rules;

import pact.testsupport.layering.shop.service.OrderService;

/** Deliberately bad: a plain rule that reaches into the service layer. */
public final class QuotedDiscount {
    private QuotedDiscount() {
    }

    public static long discount(OrderService orders, java.util.UUID id) {
        return orders.get(id).totalPence / 10;
    }
}
