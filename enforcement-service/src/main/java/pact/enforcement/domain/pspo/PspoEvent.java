package pact.enforcement.domain.pspo;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One lifecycle step of an order. */
@Entity
@Table(name = "pspo_event")
public class PspoEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public String orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PspoStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public PspoStatus toStatus;

    @Column(name = "on_date")
    public LocalDate onDate;

    @Column(name = "by_whom")
    public String byWhom;

    public String note;
    public Instant at;
}
