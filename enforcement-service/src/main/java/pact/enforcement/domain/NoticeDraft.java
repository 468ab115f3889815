package pact.enforcement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A notice an officer wants to give, before the rules have judged it.
 *
 * @param issuerRoles the realm roles of whoever submits it (the officer, or a Met system)
 * @param conductCode the kind of conduct (an ASB type code), so a CPN can be matched with its warning
 * @param complyBy for a warning, the last day of the time allowed to change the conduct
 * @param relatedNoticeId the breached CPN a penalty rests on
 * @param offenceAt when the offence happened (the law in force then sets the maximum penalty)
 * @param amount a penalty's amount, or null for the configured default
 * @param endsAt when a dispersal direction or closure notice ends
 * @param subjectId an identifier of the subject from an official register (a company number), or null
 * @param authorisation who authorised a closure notice, in what rank or office; null for other notices
 */
public record NoticeDraft(NoticeType type, SubjectKind subjectKind, String subjectName, LocalDate subjectDateOfBirth,
        String officerStaffNumber, IssuingOrganisation officerOrganisation, Set<String> issuerRoles,
        String conduct, String conductCode, double latitude, double longitude, Instant issuedAt,
        LocalDate complyBy, UUID relatedNoticeId, String pspoOrderId, String behaviourCode, Instant offenceAt,
        BigDecimal amount, Instant endsAt, String subjectId, Authorisation authorisation) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A draft with only the fields every notice has; the optional ones are null. */
    public static NoticeDraft basic(NoticeType type, SubjectKind subjectKind, String subjectName,
            LocalDate subjectDateOfBirth, String officerStaffNumber, IssuingOrganisation officerOrganisation,
            Set<String> issuerRoles, String conduct, double latitude, double longitude, Instant issuedAt) {
        return new NoticeDraft(type, subjectKind, subjectName, subjectDateOfBirth, officerStaffNumber,
                officerOrganisation, issuerRoles, conduct, "OTHER", latitude, longitude, issuedAt, null, null, null,
                null, null, null, null, null, null);
    }

    /** The same draft, issued at the same local time on another day. */
    public NoticeDraft withIssuedOn(LocalDate day) {
        Instant moved = issuedAt.atZone(LONDON).with(day).toInstant();
        return new NoticeDraft(type, subjectKind, subjectName, subjectDateOfBirth, officerStaffNumber,
                officerOrganisation, issuerRoles, conduct, conductCode, latitude, longitude, moved, complyBy,
                relatedNoticeId, pspoOrderId, behaviourCode, offenceAt, amount, endsAt, subjectId, authorisation);
    }

    public LocalDate issuedOn() {
        return issuedAt.atZone(LONDON).toLocalDate();
    }

    /** The day of the offence, which is the day of issue unless stated. */
    public LocalDate offenceOn() {
        return (offenceAt != null ? offenceAt : issuedAt).atZone(LONDON).toLocalDate();
    }

    public NoticeSubject subject() {
        return new NoticeSubject(subjectKind, subjectName, subjectDateOfBirth, subjectId);
    }
}
