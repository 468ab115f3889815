package pact.enforcement.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import pact.enforcement.domain.Notice;
import pact.enforcement.mapping.NoticeRecord;
import pact.support.problem.ProblemException;

/** A notice's committed versions, from the Envers history tables. */
@ApplicationScoped
public class NoticeHistory {

    /** One committed version of a notice. */
    @Schema(name = "NoticeVersion")
    public record Version(Number revision, Instant committedAt, NoticeRecord notice) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Version> of(UUID id, Caller caller) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(Notice.class, id);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("Notice " + id);
        }
        audit.reads(caller, "notice-history", List.of(id), revisions.size() + " versions");
        return revisions.stream().map(rev -> new Version(rev, reader.getRevisionDate(rev).toInstant(),
                NoticeRecord.of(reader.find(Notice.class, id, rev)))).toList();
    }
}
