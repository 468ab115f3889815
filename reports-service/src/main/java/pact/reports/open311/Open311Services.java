package pact.reports.open311;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportStatus;

/**
 * PACT's services in Open311 GeoReport v2 terms: one service per ASB category the public can
 * report, with the qualifier each implies unless the reporter says they were targeted.
 */
public final class Open311Services {

    /** One reportable service. */
    public record Service(String code, String name, String description, AsbCategory category,
            Qualifier defaultQualifier, List<String> keywords) {
    }

    static final List<Service> ALL = List.of(
            service(AsbCategory.ROWDY_OR_INCONSIDERATE, "Rowdy or inconsiderate behaviour", Qualifier.NUISANCE,
                    "shouting, fighting, drunken behaviour in the street"),
            service(AsbCategory.STREET_DRINKING, "Street drinking", Qualifier.NUISANCE,
                    "drinking alcohol in the street or a public space"),
            service(AsbCategory.DRUG_DEALING_OR_USE, "Drug dealing or use", Qualifier.NUISANCE,
                    "dealing or taking drugs in public, drug paraphernalia"),
            service(AsbCategory.NOISE, "Noise", Qualifier.NUISANCE, "loud music, parties, amplified busking"),
            service(AsbCategory.VANDALISM_OR_GRAFFITI, "Vandalism or graffiti", Qualifier.ENVIRONMENTAL,
                    "damage to property, graffiti, tagging"),
            service(AsbCategory.BEGGING, "Begging", Qualifier.NUISANCE, "begging, aggressive begging"),
            service(AsbCategory.AGGRESSIVE_BEHAVIOUR, "Aggressive or intimidating behaviour", Qualifier.PERSONAL,
                    "threats, intimidation, harassment of passers-by"),
            service(AsbCategory.VEHICLE_NUISANCE, "Vehicle nuisance", Qualifier.NUISANCE,
                    "dangerous riding, revving, vehicles used to cause nuisance"),
            service(AsbCategory.DOG_NUISANCE, "Dog nuisance", Qualifier.NUISANCE,
                    "dogs out of control, dog fouling"),
            service(AsbCategory.STREET_GAMBLING, "Street gambling", Qualifier.NUISANCE,
                    "find-the-ball and other street gambling games"),
            service(AsbCategory.FLY_TIPPING_OR_LITTERING, "Fly-tipping or littering", Qualifier.ENVIRONMENTAL,
                    "dumped rubbish, littering"),
            service(AsbCategory.HATE_RELATED, "Hate-related behaviour", Qualifier.PERSONAL,
                    "behaviour targeting someone for who they are"));

    private Open311Services() {
    }

    private static Service service(AsbCategory category, String name, Qualifier qualifier, String description) {
        return new Service("asb-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'), name,
                "Anti-social behaviour: " + description, category, qualifier,
                Arrays.asList(description.split(",\\s*")));
    }

    public static List<Service> all() {
        return ALL;
    }

    public static Optional<Service> byCode(String code) {
        return ALL.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public static Optional<Service> byCategory(AsbCategory category) {
        return ALL.stream().filter(s -> s.category() == category).findFirst();
    }

    /** Open311 has two statuses; PACT's lifecycle maps onto them with a note. */
    public static String status(ReportStatus status) {
        return switch (status) {
            case NEW, TRIAGED, TASKED -> "open";
            case RESOLVED, CLOSED, DUPLICATE, NO_FURTHER_ACTION -> "closed";
        };
    }

    public static String statusNotes(ReportStatus status) {
        return switch (status) {
            case NEW -> "Received by the PACT team.";
            case TRIAGED -> "Assessed by the PACT team.";
            case TASKED -> "Officers have been tasked to the area.";
            case RESOLVED -> "The PACT team has dealt with this report.";
            case CLOSED -> "Closed.";
            case DUPLICATE -> "Closed: the same incident was already reported.";
            case NO_FURTHER_ACTION -> "Closed: no further action could be taken.";
        };
    }
}
