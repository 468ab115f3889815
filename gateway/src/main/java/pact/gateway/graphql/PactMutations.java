package pact.gateway.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import pact.gateway.client.Backends;
import pact.gateway.client.Inputs;
import pact.gateway.client.Pages;

/** The main actions of the front ends; each is the service's own operation, with its rules. */
@GraphQLApi
public class PactMutations {

    @Inject
    Access access;

    @Inject
    Backends.Reports reports;

    @Mutation("report")
    @Description("Report anti-social behaviour")
    public Pages.Report report(@NonNull Inputs.NewReport report) {
        access.require("report", "council-officer", "partner", "city-inspector", "police-officer");
        return Resolve.call(Backends.Reports.NAME, () -> reports.create(report));
    }

    @Mutation("triage")
    @Description("Move a report through its lifecycle (TRIAGED, TASKED, RESOLVED, CLOSED, DUPLICATE, "
            + "NO_FURTHER_ACTION) with the reason; expectedVersion guards against lost updates")
    public Pages.Report triage(@NonNull @Id String reportId, @NonNull Inputs.StatusChange change,
            Long expectedVersion) {
        access.require("triage", "council-officer", "tasking-coordinator", "police-officer");
        return Resolve.call(Backends.Reports.NAME, () -> reports.changeStatus(reportId, change, expectedVersion));
    }
}
