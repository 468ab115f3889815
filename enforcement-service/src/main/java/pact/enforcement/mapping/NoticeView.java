package pact.enforcement.mapping;

import pact.support.api.GeoPoint;
import java.time.Instant;
import java.util.UUID;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;

/** A notice as the first-slice API returns it; without a stated reason its subject (personal data) is left out. */
public record NoticeView(UUID id, NoticeType type, String legalBasis, NoticeStatus status, Subject subject,
        IssuingOfficer issuingOfficer, String conduct, GeoPoint location, Instant issuedAt, String recordedBy) {

    public static NoticeView of(NoticeRecord r) {
        return new NoticeView(r.id(), r.type(), r.legalBasis(), r.status(), r.subject(), r.issuingOfficer(), r.conduct(),
                r.location(), r.issuedAt(), r.recordedBy());
    }

    public static NoticeView of(Notice n) {
        return new NoticeView(n.id, n.type, n.legalBasis, n.status,
                new Subject(n.subjectKind, n.subjectName, n.subjectDateOfBirth),
                new IssuingOfficer(n.officerStaffNumber, n.officerOrganisation), n.conduct,
                new GeoPoint(n.latitude, n.longitude), n.issuedAt, n.recordedBy);
    }

    /** The same notice without its subject, for a read that stated no reason to see personal data. */
    public NoticeView withoutSubject() {
        return new NoticeView(id, type, legalBasis, status, null, issuingOfficer, conduct, location, issuedAt, recordedBy);
    }
}
