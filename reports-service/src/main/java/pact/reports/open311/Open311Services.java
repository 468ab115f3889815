package pact.reports.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.PublicFeed;
import pact.reports.domain.Report;

/**
 * PACT's services in Open311 GeoReport v2 terms: one service per ASB category the public can
 * report, with the qualifier each implies unless the reporter says they were targeted, and the
 * attributes a request may carry.
 */
public final class Open311Services {
    /**
     * The keyword by which FixMyStreet marks a category non-public and hides its reports
     * ({@code Open311::PopulateServiceList}); PACT gives it to every service whose reports the
     * public-feed rule never shows.
     */
    static final String PRIVATE = "private";

    // the attributes every service declares, besides GeoReport's own fields
    static final String OCCURRED_AT = "occurred_at";
    static final String TARGETED = "targeted";
    static final String REPEAT = "repeat";
    /**
     * FixMyStreet's id for the report. FixMyStreet fills an attribute of this name itself
     * ({@code Contact::id_field}) and asks the resident nothing when it is {@code server_set}; PACT
     * uses it to answer a re-sent report with the first one's id.
     */
    static final String FIXMYSTREET_ID = "fixmystreet_id";

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
        List<String> keywords = new ArrayList<>(Arrays.asList(description.split(",\\s*")));
        if (neverPublic(category, qualifier)) {
            keywords.add(PRIVATE);
        }
        return new Service("asb-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'), name,
                "Anti-social behaviour: " + description, category, qualifier, List.copyOf(keywords));
    }

    /** Whether the public-feed rule keeps every report of this service out of the feed, whatever staff choose. */
    static boolean neverPublic(AsbCategory category, Qualifier qualifier) {
        Report typical = new Report();
        typical.category = category;
        typical.qualifier = qualifier;
        return PublicFeed.neverPublicBecause(typical).isPresent();
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

    /** A service definition's attributes, in the order a form shows them. */
    static List<Map<String, Object>> attributes() {
        List<Map<String, Object>> yesNo = List.of(value("yes", "Yes"), value("no", "No"));
        Map<String, Object> fixmystreetId = attribute(FIXMYSTREET_ID, "string", 4,
                "FixMyStreet's id for the report (set by FixMyStreet, not asked)", null);
        fixmystreetId.put("variable", false);
        fixmystreetId.put("automated", "server_set");
        return List.of(
                attribute(OCCURRED_AT, "datetime", 1, "When did it happen? (London time; default: now)", null),
                attribute(TARGETED, "singlevaluelist", 2, "Was it aimed at you or someone you know?", yesNo),
                attribute(REPEAT, "singlevaluelist", 3, "Has this happened here before?", yesNo),
                fixmystreetId);
    }

    private static Map<String, Object> attribute(String code, String datatype, int order, String description,
            List<Map<String, Object>> values) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", code);
        attribute.put("datatype", datatype);
        attribute.put("required", false);
        attribute.put("datatype_description", null);
        attribute.put("order", order);
        attribute.put("description", description);
        if (values != null) {
            attribute.put("values", values);
        }
        return attribute;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("name", name);
        return value;
    }
}
