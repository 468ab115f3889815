package pact.testsupport.layering.shop.open311;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import pact.testsupport.layering.shop.domain.Order;

/** Deliberately bad: a resource outside a rest package (found by its @Path) that lists entities. */
@Path("/open")
public class OpenOrdersResource {
    @GET
    public List<Order> all() {
        return Order.listAll();
    }
}
