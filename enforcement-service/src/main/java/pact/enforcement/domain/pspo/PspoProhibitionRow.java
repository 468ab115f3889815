package pact.enforcement.domain.pspo;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;

/** A stored prohibition of an order. */
@Entity
@Table(name = "pspo_prohibition")
public class PspoProhibitionRow extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    public String wording;

    @Column(name = "time_from")
    public LocalTime timeFrom;

    @Column(name = "time_to")
    public LocalTime timeTo;

    public Prohibition toProhibition() {
        return new Prohibition(key.code, wording, timeFrom == null ? null : new TimeOfDay(timeFrom, timeTo));
    }

    /** Order and code identify a prohibition. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "order_id")
        public String orderId;

        public String code;

        public Key() {
        }

        public Key(String orderId, String code) {
            this.orderId = orderId;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(orderId, k.orderId) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, code);
        }
    }
}
