package pact.reports.hotspots;

/** How cells are scored. */
public enum HotspotMethod {
    /** Getis-Ord Gi* z-scores with FDR-corrected confidence bins: is this cluster real? */
    GISTAR,
    /** Quartic kernel density at each cell centre. */
    KDE,
    /** Plain counts per cell. */
    COUNT,
    /** Prospective forecast of next month: recency-weighted, smoothed and long-run counts, tuned by back-test. */
    FORECAST
}
