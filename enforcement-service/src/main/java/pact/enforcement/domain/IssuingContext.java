package pact.enforcement.domain;

import java.util.List;
import java.util.Optional;

/**
 * The facts a rule may consult besides the draft: the law in force, the subject's earlier
 * notices, the notice a penalty rests on, and the PSPOs that apply at the place and time.
 *
 * @param applicableOrders ids of the orders in force at the draft's place and offence time that prohibit its behaviour
 */
public record IssuingContext(LegalParameters law, List<NoticeFacts> earlierNotices, Optional<NoticeFacts> related,
        List<String> applicableOrders) {

    public static IssuingContext of(LegalParameters law) {
        return new IssuingContext(law, List.of(), Optional.empty(), List.of());
    }
}
