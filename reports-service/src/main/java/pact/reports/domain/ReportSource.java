package pact.reports.domain;

/** The channel a report came in by. */
public enum ReportSource {
    PUBLIC,
    PARTNER,
    CCTV_OPERATOR,
    CITY_INSPECTOR,
    POLICE,
    HOUSING,
    NOISE_TEAM
}
