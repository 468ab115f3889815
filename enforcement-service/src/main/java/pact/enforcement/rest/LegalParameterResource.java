package pact.enforcement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.enforcement.service.LegalParameterService;
import pact.support.security.Roles;

/** The effective-dated limits, periods and powers the rules apply. */
@Path("/api/v1/legal-parameters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal parameters")
public class LegalParameterResource {

    /** One value of one parameter, in force from a date. */
    public record Value(String name, LocalDate effectiveFrom, String value, String source) {
    }

    @Inject
    LegalParameterService law;

    @GET
    @RolesAllowed({Roles.ENFORCEMENT_ADMIN, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.MET_SYSTEM})
    @Operation(summary = "Every value of every parameter, with the date it came into force")
    public List<Value> list() {
        return law.rows().stream().map(r -> new Value(r.key.name, r.key.effectiveFrom, r.value, r.source)).toList();
    }
}
