package pact.enforcement.domain.pspo;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A consultation held on an order (police, PCC, community, land owners: s.72). */
@Entity
@Table(name = "pspo_consultation")
public class PspoConsultation extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "order_id")
    public String orderId;

    public String consultees;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public String summary;

    @Column(name = "recorded_by")
    public String recordedBy;
}
