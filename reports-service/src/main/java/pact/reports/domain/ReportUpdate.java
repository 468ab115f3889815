package pact.reports.domain;

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
import java.util.UUID;

/**
 * One entry in a report's lifecycle: a status move, work done on it elsewhere in PACT, or a
 * resident's comment. {@code publicText} is what a resident may read; {@code internalNote} is for
 * staff. The id is stable and increasing, so it is the Open311 {@code update_id}.
 */
@Entity
@Table(name = "report_update")
public class ReportUpdate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id")
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    public ReportUpdateKind kind;

    /** The report's status after this entry. */
    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "public_text")
    public String publicText;

    @Column(name = "internal_note")
    public String internalNote;

    /** Who acted: a login, a service's name with the officer it names, or an Open311 client. */
    public String actor;

    public Instant at;

    /** The change that caused this entry (for example {@code tasking:42}); unique, so it is applied once. */
    public String origin;
}
