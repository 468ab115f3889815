package pact.reports.trigger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** An ASB case review opened because a victim or a place met the Community Trigger threshold. */
@Entity
@Table(name = "case_review")
public class CaseReview extends PanacheEntityBase {
    /** What met the threshold. */
    public enum Kind { VICTIM, LOCATION, HATE_INCIDENT }

    /** Where the review stands. */
    public enum Status { OPEN, ACKNOWLEDGED, PANEL_HELD, OUTCOME_SENT, CLOSED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    public Kind kind;

    @Column(name = "victim_key")
    public String victimKey;

    public Double easting;
    public Double northing;

    @Column(name = "ward_name")
    public String wardName;

    public String explanation;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "acknowledge_by")
    public LocalDate acknowledgeBy;

    @Column(name = "panel_by")
    public LocalDate panelBy;

    @Column(name = "outcome_by")
    public LocalDate outcomeBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_review_report", joinColumns = @JoinColumn(name = "case_review_id"))
    @Column(name = "report_id")
    public Set<UUID> reportIds = new LinkedHashSet<>();

    @Version
    public long version;
}
