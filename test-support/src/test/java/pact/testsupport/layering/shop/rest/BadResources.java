package pact.testsupport.layering.shop.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.UUID;
import pact.testsupport.layering.shop.domain.Order;

/** Deliberately bad resources, one way of reaching the database each. */
public final class BadResources {
    private BadResources() {
    }

    /** Calls a Panache method that the entity inherits. */
    @Path("/a")
    public static class InheritedFinder {
        @GET
        public Order get(UUID id) {
            return Order.findById(id);
        }
    }

    /** Calls a finder the entity declares itself. */
    @Path("/b")
    public static class OwnFinder {
        @GET
        public List<Order> of(String customer) {
            return Order.findByCustomer(customer);
        }
    }

    /** Writes an entity. */
    @Path("/c")
    public static class Writer {
        @POST
        public void save(Order order) {
            order.persist();
        }
    }

    /** Uses the EntityManager. */
    @Path("/d")
    public static class WithEntityManager {
        jakarta.persistence.EntityManager entityManager;

        @GET
        public Order get(UUID id) {
            return entityManager.find(Order.class, id);
        }
    }

    /** Opens a JDBC connection, by qualified names and no import. */
    @Path("/e")
    public static class WithJdbc {
        javax.sql.DataSource dataSource;

        @GET
        public boolean up() throws java.sql.SQLException {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                return connection.isValid(1);
            }
        }
    }

    /** Opens its own transaction. */
    @Path("/f")
    public static class OwnTransaction {
        @POST
        @jakarta.transaction.Transactional
        public void touch() {
        }
    }
}
