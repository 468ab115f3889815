package pact.enforcement.domain.pspo;

import java.util.EnumSet;
import java.util.Set;

/** Where a Public Spaces Protection Order stands (ss.59-75). */
public enum PspoStatus {
    DRAFT,
    CONSULTATION,
    MADE,
    VARIED,
    EXTENDED,
    DISCHARGED,
    EXPIRED;

    /** The statuses in which an order can be breached. */
    public static final Set<PspoStatus> IN_FORCE = EnumSet.of(MADE, VARIED, EXTENDED);
}
