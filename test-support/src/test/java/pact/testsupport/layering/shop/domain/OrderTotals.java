package pact.testsupport.layering.shop.domain;

import java.util.List;

/** Domain code as it should be: plain Java over entities. */
public final class OrderTotals {
    private OrderTotals() {
    }

    public static long sum(List<Order> orders) {
        return orders.stream().mapToLong(o -> o.totalPence).sum();
    }
}
