package pact.enforcement.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice an officer wants to give, before the rules have judged it.
 *
 * @param issuerRoles the realm roles of whoever submits it (the officer, or a Met system)
 */
public record NoticeDraft(NoticeType type, SubjectKind subjectKind, String subjectName, LocalDate subjectDateOfBirth,
        String officerStaffNumber, IssuingOrganisation officerOrganisation, java.util.Set<String> issuerRoles,
        String conduct, double latitude, double longitude, Instant issuedAt) {
}
