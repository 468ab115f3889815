package pact.portal.web;

import static pact.portal.web.Role.ANALYST;
import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.COUNCIL_OFFICER;
import static pact.portal.web.Role.ENFORCEMENT_ADMIN;
import static pact.portal.web.Role.POLICE_OFFICER;
import static pact.portal.web.Role.TASKING_COORDINATOR;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import pact.portal.gateway.Answer;
import pact.portal.gateway.Gateway;
import pact.portal.view.Views;

/** The registers: PSPOs with their areas on a map, and the Community Trigger's case reviews with their due dates. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RegisterPages extends PortalPage {
    @Inject
    Template pspos;

    @Inject
    Template caseReviews;





    @GET
    @Path("pspos")
    public TemplateInstance pspos() {
        viewer.require(ENFORCEMENT_ADMIN, POLICE_OFFICER, CITY_INSPECTOR, TASKING_COORDINATOR, ANALYST,
                COUNCIL_OFFICER);
        Answer answer = gateway.query("{ pspos { id name areaDescription area status madeOn activeFrom activeTo "
                + "prohibitions { code wording from to } consultations { id consultees openedOn closedOn summary } } }",
                Map.of());
        return views.page(pspos, "PSPO register", answer).data("orders", answer.list("pspos", Views.Pspo.class))
                .data("tiles", tiles.orElse(""));
    }

    @GET
    @Path("case-reviews")
    public TemplateInstance caseReviews() {
        viewer.require(COUNCIL_OFFICER, POLICE_OFFICER, TASKING_COORDINATOR);
        Answer answer = gateway.query("{ caseReviews { id kind explanation status ward openedAt acknowledgeBy panelBy "
                + "outcomeBy reportIds } }", Map.of());
        return views.page(caseReviews, "Case reviews", answer)
                .data("reviews", answer.list("caseReviews", Views.CaseReview.class));
    }
}
