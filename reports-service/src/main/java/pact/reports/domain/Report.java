package pact.reports.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One report of anti-social behaviour at a place and time. */
@Entity
public class Report extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    @Enumerated(EnumType.STRING)
    public AsbCategory category;

    public String description;
    public double latitude;
    public double longitude;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Enumerated(EnumType.STRING)
    public ReportSource source;

    /** The sending system's own id for the record, when it has one; unique, so a resend is caught. */
    @Column(name = "source_reference")
    public String sourceReference;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;
}
