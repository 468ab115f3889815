package pact.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A notice given to a person or body; holds personal data of the subject. Envers keeps every version. */
@Entity
@org.hibernate.envers.Audited
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

    @Column(name = "officer_role")
    public String officerRole;

    @Column(name = "conduct_code")
    public String conductCode;

    @Column(name = "comply_by")
    public LocalDate complyBy;

    @Column(name = "related_notice_id")
    public UUID relatedNoticeId;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "location_description")
    public String locationDescription;

    @Column(name = "pspo_order_id")
    public String pspoOrderId;

    @Column(name = "behaviour_code")
    public String behaviourCode;

    @Column(name = "offence_at")
    public Instant offenceAt;

    public BigDecimal amount;

    @Column(name = "discount_amount")
    public BigDecimal discountAmount;

    @Column(name = "discount_until")
    public LocalDate discountUntil;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "appeal_by")
    public LocalDate appealBy;

    @Column(name = "proceedings_from")
    public LocalDate proceedingsFrom;

    @Column(name = "appeal_lodged_on")
    public LocalDate appealLodgedOn;

    /** JSON list of requirements with deadlines. */
    public String requirements;

    /** JSON list of evidence references (CCTV camera and time range, body-worn video id). */
    public String evidence;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    /** The login that sent it: the officer themselves, or a Met system submitting for the officer. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "authorised_by")
    public String authorisedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "authorised_authority")
    public Authority authorisedAuthority;

    /** The kinds of the requirements, comma-separated, in the order numbered on the notice. */
    @Column(name = "requirement_kinds")
    public String requirementKinds;

    /** The requirements a recorded breach names, comma-separated numbers from 1. */
    @Column(name = "breached_requirements")
    public String breachedRequirements;

    @Column(name = "breach_under_appeal")
    public Boolean breachUnderAppeal;

    /** The change-feed position of the latest change. */
    @Column(name = "change_seq")
    public Long changeSeq;

    @Version
    public long version;

    public LocalDate issuedOn() {
        return issuedAt.atZone(NoticeDraft.LONDON).toLocalDate();
    }

    public NoticeSubject subject() {
        return new NoticeSubject(subjectKind, subjectName, subjectDateOfBirth, subjectId);
    }

    public List<RequirementKind> requirementKinds() {
        return requirementKinds == null || requirementKinds.isBlank() ? List.of()
                : Arrays.stream(requirementKinds.split(",")).map(RequirementKind::valueOf).toList();
    }

    public void recordRequirementKinds(List<RequirementKind> kinds) {
        requirementKinds = kinds.isEmpty() ? null
                : kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public List<Integer> breachedRequirements() {
        return breachedRequirements == null || breachedRequirements.isBlank() ? List.of()
                : Arrays.stream(breachedRequirements.split(",")).map(Integer::valueOf).toList();
    }

    /** Records a breach: the requirements it names, and whether the notice was under appeal. */
    public void recordBreach(List<Integer> requirements) {
        breachedRequirements = requirements.isEmpty() ? null
                : requirements.stream().map(String::valueOf).collect(Collectors.joining(","));
        breachUnderAppeal = status == NoticeStatus.APPEALED;
    }

    public Authorisation authorisation() {
        return authorisedAuthority == null ? null : new Authorisation(authorisedBy, authorisedAuthority);
    }

    public NoticeFacts facts() {
        Breach breach = breachUnderAppeal == null ? null : new Breach(breachedRequirements(), breachUnderAppeal);
        return new NoticeFacts(id, type, status, subject(), conductCode, issuedOn(), complyBy, appealBy, dueDate,
                discountUntil, proceedingsFrom, amount, discountAmount, endsAt, requirementKinds(), appealLodgedOn,
                breach);
    }
}
