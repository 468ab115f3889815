package pact.testsupport.layering.shop.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** A bare REST client of the fixture shop's payments service. */
@RegisterRestClient(configKey = "payments")
public interface PaymentsClient {
    long paidPence(String orderId);
}
