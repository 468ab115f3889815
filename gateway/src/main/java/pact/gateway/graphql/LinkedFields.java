package pact.gateway.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import pact.gateway.client.Backends;
import pact.gateway.client.Pages;

/** Fields that reach across to other data: each batched, so a query costs the same calls for 1 row or 100. */
@GraphQLApi
public class LinkedFields {
    static final String[] PERSONAL_DATA_READERS = {"council-officer", "police-officer"};

    @Inject
    Access access;

    @Inject
    Backends.Reports reports;

    @Inject
    ObjectMapper json;

    /** Batched: one by-cell call for all the hotspots of the answer, whatever their number. */
    @Name("reports")
    @Description("The newest reports in the cell (up to 20)")
    public List<List<Pages.Report>> hotspotReports(@Source List<Pages.Hotspot> hotspots) {
        access.require("Hotspot.reports", PactQueries.REPORT_READERS);
        if (hotspots.isEmpty()) {
            return List.of();
        }
        String cells = hotspots.stream().map(Pages.Hotspot::cellId).distinct().collect(Collectors.joining(","));
        Map<String, List<Pages.Report>> byCell = Resolve.call(Backends.Reports.NAME, () -> reports.byCells(cells, 20, null, null));
        List<List<Pages.Report>> answer = new ArrayList<>();
        for (Pages.Hotspot hotspot : hotspots) {
            answer.add(byCell.getOrDefault(hotspot.cellId(), List.of()));
        }
        return answer;
    }

    @Name("geometry")
    @Description("The cell as a GeoJSON Polygon (WGS84)")
    public String geometry(@Source Pages.Hotspot hotspot) throws JsonProcessingException {
        return json.writeValueAsString(hotspot.geometry());
    }

    @Name("personalData")
    @Description("Reporter, victim and vulnerability: council and police officers only, with an X-Access-Reason "
            + "header saying why; every read is logged by reports-service")
    public Pages.PersonalData personalData(@Source Pages.Report report) {
        access.require("Report.personalData", PERSONAL_DATA_READERS);
        if (report.personalData() == null) {
            throw new AccessDenied("Forbidden: 'Report.personalData' needs an X-Access-Reason header saying why");
        }
        return report.personalData();
    }
}
