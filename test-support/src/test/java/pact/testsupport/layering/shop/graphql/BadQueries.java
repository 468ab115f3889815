package pact.testsupport.layering.shop.graphql;

import pact.testsupport.layering.shop.client.PaymentsClient;

/** Deliberately bad resolvers, each calling a service past its wrapper. */
public final class BadQueries {
    private BadQueries() {
    }

    /** Uses the bare REST client. */
    public static class BareClient {
        PaymentsClient payments;

        public long paid(String orderId) {
            return payments.paidPence(orderId);
        }
    }

    /** Opens its own HTTP client, by a qualified name and no import. */
    public static class OwnHttp {
        public Object client() {
            return java.net.http.HttpClient.newHttpClient();
        }
    }
}
