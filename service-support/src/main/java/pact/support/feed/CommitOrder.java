package pact.support.feed;

import jakarta.persistence.EntityManager;

/**
 * Numbers the entries of an ordered change feed in commit order, so that a client polling
 * "everything after number N" never skips an entry that commits late. The number is drawn under a
 * transaction-scoped advisory lock, which is held until commit: a later number cannot become
 * visible before an earlier one. Writers of one feed are serialised for the rest of their
 * transaction, which is the price of a feed without gaps.
 */
public final class CommitOrder {
    private CommitOrder() {
    }

    /**
     * The next number of {@code sequence}, in one round trip: the lock in the (volatile, so never
     * flattened) subquery is taken before the number is drawn. Call it inside the transaction that
     * writes the entry.
     */
    public static long next(EntityManager em, String sequence, long lockKey) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        Number seq = (Number) em.createNativeQuery("SELECT nextval('" + sequence + "') FROM "
                + "(SELECT pg_advisory_xact_lock(:k)) AS locked").setParameter("k", lockKey).getSingleResult();
        return seq.longValue();
    }
}
