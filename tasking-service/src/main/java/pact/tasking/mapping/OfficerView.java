package pact.tasking.mapping;

import java.util.Set;
import java.util.UUID;
import pact.tasking.domain.Officer;
import pact.tasking.domain.OfficerRole;
import pact.tasking.domain.Organisation;
import pact.tasking.domain.PatrolMode;
import pact.tasking.domain.Power;
import pact.tasking.domain.Team;

/** An officer as the API returns it, with the powers that follow from the organisation. */
public record OfficerView(UUID id, String staffNumber, String displayName, Organisation organisation,
        OfficerRole role, PatrolMode mode, Team team, Set<Power> powers, String login) {

    public static OfficerView of(Officer o) {
        return new OfficerView(o.id, o.staffNumber, o.displayName, o.organisation, o.role, o.mode, o.team,
                o.powers(), o.login);
    }
}
