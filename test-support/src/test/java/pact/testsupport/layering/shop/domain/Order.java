package pact.testsupport.layering.shop.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.UUID;

/** A Panache entity of the fixture shop, with a finder named the Panache way. */
@Entity
public class Order extends PanacheEntityBase {
    @Id
    public UUID id;
    public String customer;
    public long totalPence;

    public static List<Order> findByCustomer(String customer) {
        return list("customer", customer);
    }
}
