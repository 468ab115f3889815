package pact.reports.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import pact.reports.geo.StudyArea;

/** How hotspot maps draw their study area (see {@link StudyArea}); every answer echoes it. */
@ConfigMapping(prefix = "pact.hotspots")
public interface HotspotConfig {

    /** {@code touching-borough} (the default), {@code centre-in-borough} or {@code inside-borough}. */
    @WithDefault("touching-borough")
    StudyArea.Rule studyArea();

    /** Metres the borough is grown by before the rule is applied; 0 (the default) keeps the published boundary. */
    @WithDefault("0")
    double studyAreaBufferMetres();

    default StudyArea area() {
        return new StudyArea(studyArea(), studyAreaBufferMetres());
    }
}
