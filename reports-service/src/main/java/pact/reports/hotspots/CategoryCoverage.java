package pact.reports.hotspots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pact.reports.domain.AsbCategory;

/**
 * Says when a category filter cannot see part of the window: police.uk's ASB records name no
 * type, so they are stored as {@link AsbCategory#UNCLASSIFIED} and no category but that one
 * matches them. Without the note a filter on such data answers an empty map and looks like
 * "no noise in Soho".
 */
public final class CategoryCoverage {
    private CategoryCoverage() {
    }

    /**
     * @param asked the categories filtered on (empty: no filter)
     * @param inWindow reports per category in the window under every other filter
     */
    public static List<String> notes(List<AsbCategory> asked, Map<AsbCategory, Long> inWindow) {
        List<String> notes = new ArrayList<>();
        if (asked.isEmpty() || asked.contains(AsbCategory.UNCLASSIFIED)) {
            return notes;
        }
        long unclassified = inWindow.getOrDefault(AsbCategory.UNCLASSIFIED, 0L);
        if (unclassified == 0) {
            return notes;
        }
        long total = inWindow.values().stream().mapToLong(Long::longValue).sum();
        long matched = asked.stream().distinct().mapToLong(c -> inWindow.getOrDefault(c, 0L)).sum();
        String filter = "category=" + String.join(",", asked.stream().map(Enum::name).distinct().toList());
        String share = number(unclassified) + " of the " + number(total) + " reports in the window are UNCLASSIFIED";
        notes.add("police.uk records carry no ASB type; " + share + (matched == 0
                ? ", so " + filter + " matches none of them"
                : ", so " + filter + " matches " + number(matched) + " and leaves those out")
                + "; leave category out (or add UNCLASSIFIED) to map them");
        return notes;
    }

    private static String number(long value) {
        return String.format(Locale.UK, "%,d", value);
    }
}
