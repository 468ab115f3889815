package pact.enforcement.domain.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;

/**
 * A CPN only after a CPW to the same recipient for the same conduct, once the time the warning
 * allowed has passed without the conduct changing (s.43(5)): a warning complied with, withdrawn
 * or still running does not count. The warnings that support the CPN are the ones it escalates.
 */
public final class WarningBeforeNotice implements NoticeRule {
    static final Set<NoticeStatus> STILL_STANDING = EnumSet.of(NoticeStatus.ISSUED, NoticeStatus.BREACHED);

    @Override
    public String name() {
        return "warning-before-notice";
    }

    @Override
    public Optional<Refusal> check(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.COMMUNITY_PROTECTION_NOTICE) {
            return Optional.empty();
        }
        List<NoticeFacts> warnings = warningsToTheSubject(draft, context);
        if (warnings.isEmpty()) {
            return refuse("A Community Protection Notice needs an earlier Community Protection Warning to the same "
                    + "subject (same name and date of birth, or same subject id) for the same conduct ("
                    + draft.conductCode() + "); none is on record");
        }
        if (!supporting(warnings, draft).isEmpty()) {
            return Optional.empty();
        }
        NoticeFacts latest = warnings.get(warnings.size() - 1);
        if (STILL_STANDING.contains(latest.status())) {
            return refuse("The warning " + latest.id() + " allows until " + latest.complyBy()
                    + " to comply; a Community Protection Notice may follow only after that day");
        }
        return refuse("The warning " + latest.id() + " is " + latest.status()
                + "; only a warning whose conduct went on past the time allowed supports a notice");
    }

    @Override
    public List<UUID> escalates(NoticeDraft draft, IssuingContext context) {
        if (draft.type() != NoticeType.COMMUNITY_PROTECTION_NOTICE) {
            return List.of();
        }
        return supporting(warningsToTheSubject(draft, context), draft).stream().map(NoticeFacts::id).toList();
    }

    private static List<NoticeFacts> warningsToTheSubject(NoticeDraft draft, IssuingContext context) {
        return context.earlierNotices().stream()
                .filter(n -> n.type() == NoticeType.COMMUNITY_PROTECTION_WARNING)
                .filter(n -> n.subject().sameAs(draft.subject()))
                .filter(n -> n.conductCode().equalsIgnoreCase(draft.conductCode()))
                .filter(n -> n.issuedOn().isBefore(draft.issuedOn()))
                .toList();
    }

    /** Warnings still standing whose time allowed ended before the CPN's day. */
    private static List<NoticeFacts> supporting(List<NoticeFacts> warnings, NoticeDraft draft) {
        return warnings.stream().filter(w -> STILL_STANDING.contains(w.status()))
                .filter(w -> w.complyBy() != null && w.complyBy().isBefore(draft.issuedOn())).toList();
    }
}
