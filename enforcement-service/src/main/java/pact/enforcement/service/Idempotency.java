package pact.enforcement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import pact.enforcement.domain.IdempotencyRecord;
import pact.enforcement.mapping.NoticeRecord;
import pact.support.problem.ProblemException;

/**
 * Remembers the first answer to each create request by (caller, Idempotency-Key), in the same
 * transaction as the create, so a network retry gets the first answer and never a second notice.
 * A transaction lock on the key makes a concurrent duplicate wait for the first and then replay it.
 */
@ApplicationScoped
public class Idempotency {

    /** A stored answer. */
    public record Answer(int status, String location, String body, boolean replayed) {
    }

    @Inject
    EntityManager em;

    /** The stored answer for this key, if the same request was made before; refuses a different request under it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Answer> replay(Caller caller, String key, Object request) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))")
                .setParameter("k", caller.name() + "\n" + key).getSingleResult();
        IdempotencyRecord found = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller.name(), key));
        if (found == null) {
            return Optional.empty();
        }
        if (!found.requestHash.equals(hash(request))) {
            throw ProblemException.ruleRefused("idempotency-key-reuse", "The Idempotency-Key '" + key
                    + "' was already used for a different request; use a new key for a new request");
        }
        return Optional.of(new Answer(found.status, found.location, found.body, true));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Answer remember(Caller caller, String key, Object request, int status, String location, Object body) {
        String json = NoticeRecord.writeAnswer(body);
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = new IdempotencyRecord.Key(caller.name(), key);
        record.requestHash = hash(request);
        record.status = status;
        record.location = location;
        record.body = json;
        record.createdAt = Instant.now();
        em.persist(record);
        return new Answer(status, location, json, false);
    }

    static String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(NoticeRecord.write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
