package pact.testsupport.layering.shop.graphql;

import pact.testsupport.layering.shop.client.Payments;

/** A resolver as it should be: it calls the wrapper. */
public class OrderQueries {
    Payments payments;

    public long paid(String orderId) {
        return payments.paidPence(orderId);
    }
}
