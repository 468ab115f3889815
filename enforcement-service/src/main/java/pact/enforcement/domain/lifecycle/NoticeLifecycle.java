package pact.enforcement.domain.lifecycle;

import static pact.enforcement.domain.NoticeStatus.APPEALED;
import static pact.enforcement.domain.NoticeStatus.BREACHED;
import static pact.enforcement.domain.NoticeStatus.COMPLIED;
import static pact.enforcement.domain.NoticeStatus.ESCALATED;
import static pact.enforcement.domain.NoticeStatus.EXPIRED;
import static pact.enforcement.domain.NoticeStatus.ISSUED;
import static pact.enforcement.domain.NoticeStatus.MODIFIED;
import static pact.enforcement.domain.NoticeStatus.PAID;
import static pact.enforcement.domain.NoticeStatus.QUASHED;
import static pact.enforcement.domain.NoticeStatus.UNPAID;
import static pact.enforcement.domain.NoticeStatus.UPHELD;
import static pact.enforcement.domain.NoticeStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pact.enforcement.domain.LegalParameters;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;
import pact.enforcement.domain.rules.NoticeRule.Refusal;

/**
 * The state machine of each notice type: which status may follow which. A warning has no
 * appeal; only a CPN goes to the magistrates (s.46); penalties end paid or in a prosecution
 * file; a warning or CPN is ESCALATED when the next step (CPN, penalty) is issued on it.
 */
public final class NoticeLifecycle implements TransitionRule {
    private static final Map<NoticeType, Map<NoticeStatus, Set<NoticeStatus>>> MACHINES = new EnumMap<>(NoticeType.class);

    static {
        MACHINES.put(NoticeType.COMMUNITY_PROTECTION_WARNING, Map.of(
                ISSUED, EnumSet.of(COMPLIED, BREACHED, WITHDRAWN, EXPIRED, ESCALATED),
                BREACHED, EnumSet.of(ESCALATED, WITHDRAWN)));
        MACHINES.put(NoticeType.COMMUNITY_PROTECTION_NOTICE, Map.of(
                ISSUED, EnumSet.of(APPEALED, COMPLIED, BREACHED, WITHDRAWN),
                APPEALED, EnumSet.of(QUASHED, MODIFIED, UPHELD, WITHDRAWN, BREACHED),
                MODIFIED, EnumSet.of(COMPLIED, BREACHED, WITHDRAWN),
                UPHELD, EnumSet.of(COMPLIED, BREACHED, WITHDRAWN),
                BREACHED, EnumSet.of(ESCALATED, WITHDRAWN),
                ESCALATED, EnumSet.of(BREACHED, COMPLIED)));
        Map<NoticeStatus, Set<NoticeStatus>> penalty = Map.of(
                ISSUED, EnumSet.of(PAID, UNPAID, WITHDRAWN),
                UNPAID, EnumSet.of(PAID, ESCALATED, WITHDRAWN));
        MACHINES.put(NoticeType.FIXED_PENALTY_CPN_BREACH, penalty);
        MACHINES.put(NoticeType.FIXED_PENALTY_PSPO_BREACH, penalty);
        MACHINES.put(NoticeType.DISPERSAL_DIRECTION, Map.of(
                ISSUED, EnumSet.of(COMPLIED, BREACHED, EXPIRED, WITHDRAWN),
                BREACHED, EnumSet.of(ESCALATED)));
        MACHINES.put(NoticeType.CLOSURE_NOTICE, Map.of(
                ISSUED, EnumSet.of(ESCALATED, EXPIRED, WITHDRAWN)));
    }

    @Override
    public String name() {
        return "notice-lifecycle";
    }

    public static Set<NoticeStatus> next(NoticeType type, NoticeStatus from) {
        return MACHINES.get(type).getOrDefault(from, Set.of());
    }

    @Override
    public Optional<Refusal> check(NoticeFacts notice, StatusChange change, LegalParameters law) {
        Set<NoticeStatus> allowed = next(notice.type(), notice.status());
        if (!allowed.contains(change.to())) {
            return refuse("A " + notice.type() + " that is " + notice.status() + " cannot become " + change.to()
                    + (allowed.isEmpty() ? "; it is final" : "; it may become " + allowed));
        }
        return Optional.empty();
    }
}
