package pact.enforcement.domain;

import java.util.List;
import java.util.Optional;

/**
 * The facts a rule may consult besides the draft: the law in force, the subject's earlier
 * notices, the notice a penalty rests on, and the PSPOs that apply at the place and time.
 *
 * @param applicableOrders ids of the orders in force at the draft's place and offence time that prohibit its behaviour
 * @param whyNoOrder when none applies, why not, order by order (outside the area, not prohibited there, not yet
 *     in force, expired)
 */
public record IssuingContext(LegalParameters law, List<NoticeFacts> earlierNotices, Optional<NoticeFacts> related,
        List<String> applicableOrders, List<String> whyNoOrder) {

    public IssuingContext(LegalParameters law, List<NoticeFacts> earlierNotices, Optional<NoticeFacts> related,
            List<String> applicableOrders) {
        this(law, earlierNotices, related, applicableOrders, List.of());
    }

    public static IssuingContext of(LegalParameters law) {
        return new IssuingContext(law, List.of(), Optional.empty(), List.of());
    }
}
