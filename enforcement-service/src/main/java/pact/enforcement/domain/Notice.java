package pact.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notice given to a person or body; holds personal data of the subject. */
@Entity
public class Notice extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public NoticeType type;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    public NoticeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "subject_date_of_birth")
    public LocalDate subjectDateOfBirth;

    @Column(name = "officer_staff_number")
    public String officerStaffNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "officer_organisation")
    public IssuingOrganisation officerOrganisation;

    public String conduct;
    public double latitude;
    public double longitude;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Version
    public long version;
}
