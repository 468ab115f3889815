package pact.tasking.domain;

import java.util.EnumSet;
import java.util.Set;

/** Who employs an officer; an officer's legal powers follow from it. */
public enum Organisation {
    MET_POLICE(EnumSet.allOf(Power.class)),
    /** City Inspectors are the council's authorised officers: no dispersal direction (s.35 is police-only). */
    WESTMINSTER_COUNCIL(EnumSet.of(Power.PATROL, Power.COMMUNITY_PROTECTION_WARNING,
            Power.COMMUNITY_PROTECTION_NOTICE, Power.FIXED_PENALTY_NOTICE));

    private final Set<Power> powers;

    Organisation(Set<Power> powers) {
        this.powers = powers;
    }

    public Set<Power> powers() {
        return EnumSet.copyOf(powers);
    }
}
