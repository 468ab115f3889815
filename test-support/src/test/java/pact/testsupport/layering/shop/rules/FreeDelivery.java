package pact.testsupport.layering.shop.rules;

import pact.testsupport.layering.shop.domain.Order;

/** A plain rule as it should be: reads an entity, uses nothing else. */
public final class FreeDelivery {
    private FreeDelivery() {
    }

    public static boolean applies(Order order) {
        return order.totalPence >= 5000;
    }
}
