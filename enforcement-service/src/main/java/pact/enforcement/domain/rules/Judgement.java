package pact.enforcement.domain.rules;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the rules decided about a draft: refused with the first refusal, or allowed, with the
 * notices on record that issuing it escalates.
 */
public record Judgement(Optional<NoticeRule.Refusal> refusal, List<UUID> escalates) {

    public Judgement {
        escalates = List.copyOf(escalates);
    }

    public boolean allowed() {
        return refusal.isEmpty();
    }
}
