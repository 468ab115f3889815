package pact.reports.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import pact.reports.domain.Report;
import pact.reports.geo.WestminsterAreas;

/** Places reports stored before placement existed (schema V1), in batches, once, at start-up. */
@ApplicationScoped
public class PlacementBackfill {
    private static final Logger LOG = Logger.getLogger(PlacementBackfill.class);

    void onStart(@Observes StartupEvent event) {
        int placed = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Report> unplaced = Report.find("easting is null").page(0, 500).list();
                unplaced.forEach(r -> r.placeAt(WestminsterAreas.get().place(r.latitude, r.longitude)));
                return unplaced.size();
            });
            placed += batch;
            if (batch < 500) {
                break;
            }
        }
        if (placed > 0) {
            LOG.infof("Placed %d reports stored before ward and LSOA derivation", placed);
        }
    }
}
