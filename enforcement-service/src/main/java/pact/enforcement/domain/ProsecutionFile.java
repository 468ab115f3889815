package pact.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An unpaid penalty handed on for prosecution. */
@Entity
@Table(name = "prosecution_file")
public class ProsecutionFile extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "opened_by")
    public String openedBy;

    public String note;
}
