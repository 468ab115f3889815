package pact.enforcement.domain.rules;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import pact.enforcement.domain.IssuingContext;
import pact.enforcement.domain.NoticeDraft;
import pact.enforcement.domain.NoticeFacts;
import pact.enforcement.domain.NoticeStatus;
import pact.enforcement.domain.NoticeType;

/**
 * A CPN only after a CPW to the same recipient for the same conduct, once the time the warning
 * allowed has passed without the conduct changing (s.43(5)): a warning complied with, withdrawn
 * or still running does not count.
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
        var warnings = context.earlierNotices().stream()
                .filter(n -> n.type() == NoticeType.COMMUNITY_PROTECTION_WARNING)
                .filter(n -> n.subject().sameAs(draft.subject()))
                .filter(n -> n.conductCode().equalsIgnoreCase(draft.conductCode()))
                .filter(n -> n.issuedOn().isBefore(draft.issuedOn()))
                .toList();
        if (warnings.isEmpty()) {
            return refuse("A Community Protection Notice needs an earlier Community Protection Warning to the same "
                    + "subject for the same conduct (" + draft.conductCode() + "); none is on record");
        }
        Optional<NoticeFacts> expired = warnings.stream().filter(w -> STILL_STANDING.contains(w.status()))
                .filter(w -> w.complyBy() != null && w.complyBy().isBefore(draft.issuedOn())).findFirst();
        if (expired.isPresent()) {
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
}
