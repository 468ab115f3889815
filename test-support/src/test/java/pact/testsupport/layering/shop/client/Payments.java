package pact.testsupport.layering.shop.client;

/** The wrapper that would carry timeout, retry, circuit breaker and fallback around the client. */
public class Payments {
    PaymentsClient client;

    public long paidPence(String orderId) {
        return client.paidPence(orderId);
    }
}
