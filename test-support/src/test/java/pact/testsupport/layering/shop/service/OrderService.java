package pact.testsupport.layering.shop.service;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import pact.testsupport.layering.shop.domain.Order;

/** The service owns queries and transactions: none of the rules apply to it. */
public class OrderService {
    EntityManager entityManager;

    @Transactional
    public Order get(UUID id) {
        return Order.findById(id);
    }

    @Transactional
    public List<Order> of(String customer) {
        return Order.findByCustomer(customer);
    }

    @Transactional
    public void save(Order order) {
        order.persist();
        entityManager.flush();
    }
}
