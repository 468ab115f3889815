package pact.testsupport.layering.shop.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;
import pact.testsupport.layering.shop.domain.Order;
import pact.testsupport.layering.shop.domain.OrderTotals;
import pact.testsupport.layering.shop.service.OrderService;

/** A resource as it should be: calls the service and maps what it returns, reading entity fields. */
@Path("/orders")
public class OrderResource {
    OrderService orders;

    @GET
    public String get(UUID id) {
        Order order = orders.get(id);
        return order.customer + ": " + order.totalPence + " of " + OrderTotals.sum(orders.of(order.customer));
    }
}
