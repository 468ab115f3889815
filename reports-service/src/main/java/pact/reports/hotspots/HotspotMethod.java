package pact.reports.hotspots;

/** How cells are scored. */
public enum HotspotMethod {
    /** Getis-Ord Gi* z-scores with FDR-corrected confidence bins (the default). */
    GISTAR,
    /** Quartic kernel density at each cell centre. */
    KDE,
    /** Plain counts per cell. */
    COUNT
}
