package pact.reports.domain;

/** The type of anti-social behaviour a report describes. */
public enum AsbCategory {
    ROWDY_OR_INCONSIDERATE,
    STREET_DRINKING,
    DRUG_DEALING_OR_USE,
    NOISE,
    VANDALISM_OR_GRAFFITI,
    BEGGING,
    AGGRESSIVE_BEHAVIOUR,
    VEHICLE_NUISANCE,
    DOG_NUISANCE,
    STREET_GAMBLING,
    FLY_TIPPING_OR_LITTERING,
    HATE_RELATED,
    /** Records that name no type, such as police.uk's published ASB rows. */
    UNCLASSIFIED
}
