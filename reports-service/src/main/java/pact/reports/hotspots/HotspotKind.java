package pact.reports.hotspots;

/**
 * What a Gi* cell is: a hot spot (significantly more reports around it than chance would put
 * there), a cold spot (significantly fewer), or neither, judged by its FDR-corrected confidence bin.
 */
public enum HotspotKind {
    HOT,
    COLD,
    NOT_SIGNIFICANT;

    public static HotspotKind ofBin(int confidenceBin) {
        return confidenceBin > 0 ? HOT : confidenceBin < 0 ? COLD : NOT_SIGNIFICANT;
    }
}
