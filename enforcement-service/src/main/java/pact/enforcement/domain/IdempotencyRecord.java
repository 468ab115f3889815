package pact.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer to a create request, kept under its Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "request_hash")
    public String requestHash;

    public int status;
    public String location;
    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    /** A key is private to its caller, so two clients never collide. */
    @Embeddable
    public static class Key implements Serializable {
        public String caller;

        @Column(name = "idempotency_key")
        public String idempotencyKey;

        public Key() {
        }

        public Key(String caller, String idempotencyKey) {
            this.caller = caller;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caller, k.caller) && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idempotencyKey);
        }
    }
}
