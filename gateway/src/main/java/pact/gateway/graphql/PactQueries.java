package pact.gateway.graphql;

import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import pact.gateway.client.BackendFailure;
import pact.gateway.client.EnforcementClient;
import pact.gateway.client.Pages;
import pact.gateway.client.ReportsClient;
import pact.gateway.client.TaskingClient;

/** The queries of the council portal and Met front ends. */
@GraphQLApi
public class PactQueries {

    @Inject
    Access access;

    @Inject
    @RestClient
    ReportsClient reports;

    @Inject
    @RestClient
    TaskingClient tasking;

    @Inject
    @RestClient
    EnforcementClient enforcement;

    @Query("reports")
    @Description("ASB reports, newest first")
    public Pages.ReportPage reports(@DefaultValue("0") int page, @DefaultValue("20") int size, String category) {
        access.require("reports", "council-officer", "tasking-coordinator", "analyst", "police-officer",
                "city-inspector", "partner");
        return call("reports-service", () -> reports.list(page, size, category));
    }

    @Query("officers")
    @Description("The PACT roster and supporting officers")
    public Pages.OfficerPage officers(@DefaultValue("0") int page, @DefaultValue("20") int size, String organisation) {
        access.require("officers", "tasking-coordinator", "police-officer", "city-inspector", "council-officer");
        return call("tasking-service", () -> tasking.officers(page, size, organisation));
    }

    @Query("notices")
    @Description("Notices given under the ASB, Crime and Policing Act 2014, newest first")
    public Pages.NoticePage notices(@DefaultValue("0") int page, @DefaultValue("20") int size, String type) {
        access.require("notices", "enforcement-admin", "police-officer", "city-inspector", "met-system");
        return call("enforcement-service", () -> enforcement.notices(page, size, type));
    }

    private static <T> T call(String service, Supplier<T> backendCall) {
        try {
            return backendCall.get();
        } catch (RuntimeException e) {
            throw BackendFailure.of(service, e);
        }
    }
}
