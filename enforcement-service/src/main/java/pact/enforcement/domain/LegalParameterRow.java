package pact.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A stored value of a legal parameter; see {@link LegalParameters}. */
@Entity
@Table(name = "legal_parameter")
public class LegalParameterRow extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    public String value;
    public String source;

    /** Name and start date identify a value. */
    @Embeddable
    public static class Key implements Serializable {
        public String name;

        @Column(name = "effective_from")
        public LocalDate effectiveFrom;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(name, k.name)
                    && java.util.Objects.equals(effectiveFrom, k.effectiveFrom);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, effectiveFrom);
        }
    }
}
