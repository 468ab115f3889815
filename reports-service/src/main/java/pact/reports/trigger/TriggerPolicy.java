package pact.reports.trigger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Westminster's Community Trigger threshold and timescales (ABCPA 2014 s.104 leaves both to
 * the local agencies, within at most three complaints in six months).
 */
@ConfigMapping(prefix = "pact.community-trigger")
public interface TriggerPolicy {
    /** Qualifying complaints by one victim that meet the threshold. */
    @WithDefault("3")
    int complaints();

    @WithDefault("6")
    int windowMonths();

    /** A complaint qualifies when made within this many months of the behaviour. */
    @WithDefault("1")
    int reportedWithinMonths();

    /** Different people reporting the same location that meet the threshold. */
    @WithDefault("5")
    int reportersAtLocation();

    @WithDefault("50")
    double locationRadiusMetres();

    /** Hate incidents that meet the threshold on their own. */
    @WithDefault("1")
    int hateIncidents();

    @WithDefault("2")
    int acknowledgeWorkingDays();

    @WithDefault("12")
    int panelWorkingDays();

    @WithDefault("15")
    int outcomeWorkingDays();

    @WithDefault("10")
    int appealWorkingDays();
}
