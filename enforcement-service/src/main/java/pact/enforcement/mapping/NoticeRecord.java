package pact.enforcement.mapping;

import pact.support.api.GeoPoint;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pact.enforcement.domain.Notice;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.OfficerOfRecord;
import pact.support.security.Roles;
import pact.enforcement.domain.lifecycle.NoticeLifecycle;

/**
 * A notice as the v1 API returns it: everything it carries, its version (the ETag) and the statuses
 * it may move to; {@code issuedUnderRole} is the power-holding role of whoever recorded it,
 * {@code submittedBy} the login that sent it and {@code accountability} says it in words
 * ("submitted by met-systems for PC-1041").
 */
public record NoticeRecord(UUID id, NoticeType type, String legalBasis, NoticeStatus status, Subject subject,
        IssuingOfficer issuingOfficer, String issuedUnderRole, String conduct, String conductCode, List<Requirement> requirements,
        GeoPoint location, String locationDescription, Instant issuedAt, Instant offenceAt, LocalDate complyBy,
        UUID relatedNoticeId, UUID reportId, UUID taskId, List<Evidence> evidence, String pspoOrderId,
        String behaviourCode, Instant endsAt, Penalty penalty, LocalDate appealBy, LocalDate appealLodgedOn, List<NoticeStatus> nextStatuses,
        String recordedBy, Instant recordedAt, Instant statusChangedAt, long version, String submittedBy,
        String accountability, ClosureAuthorisation authorisation, Breach breach) {

    /** A recorded breach: the requirements it names (from 1) and whether the notice was under appeal then. */
    public record Breach(List<Integer> requirements, boolean underAppeal) {
    }

    /** A fixed penalty's sums and dates. */
    public record Penalty(BigDecimal amount, BigDecimal discountAmount, LocalDate discountUntil, LocalDate dueDate,
            LocalDate proceedingsFrom) {
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static NoticeRecord of(Notice n) {
        return of(n, true);
    }

    /** The notice; its subject (personal data) only when {@code withSubject}, for a caller who stated why. */
    public static NoticeRecord of(Notice n, boolean withSubject) {
        Penalty penalty = n.type.isPenalty()
                ? new Penalty(n.amount, n.discountAmount, n.discountUntil, n.dueDate, n.proceedingsFrom) : null;
        return new NoticeRecord(n.id, n.type, n.legalBasis, n.status,
                withSubject ? new Subject(n.subjectKind, n.subjectName, n.subjectDateOfBirth, n.subjectId) : null,
                new IssuingOfficer(n.officerStaffNumber, n.officerOrganisation), n.officerRole, n.conduct, n.conductCode,
                read(n.requirements, new TypeReference<List<Requirement>>() { }),
                new GeoPoint(n.latitude, n.longitude), n.locationDescription, n.issuedAt, n.offenceAt, n.complyBy,
                n.relatedNoticeId, n.reportId, n.taskId, read(n.evidence, new TypeReference<List<Evidence>>() { }),
                n.pspoOrderId, n.behaviourCode, n.endsAt, penalty, n.appealBy, n.appealLodgedOn,
                NoticeLifecycle.next(n.type, n.status).stream().sorted().toList(),
                n.recordedBy, n.recordedAt, n.statusChangedAt, n.version, n.submittedBy,
                OfficerOfRecord.statement(n.submittedBy, n.officerStaffNumber, Roles.MET_SYSTEM.equals(n.officerRole)),
                n.authorisedAuthority == null ? null : new ClosureAuthorisation(n.authorisedBy, n.authorisedAuthority),
                n.breachUnderAppeal == null ? null : new Breach(n.breachedRequirements(), n.breachUnderAppeal));
    }

    /** As the API answers: members that are not set are left out (the stored JSON above keeps them). */
    static final ObjectMapper ANSWER = JSON.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** An answer as the API gives it, to be stored and given again on a retry. */
    public static String writeAnswer(Object value) {
        try {
            return ANSWER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON unreadable", e);
        }
    }
}
