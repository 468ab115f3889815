package pact.portal.web;

import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.ENFORCEMENT_ADMIN;
import static pact.portal.web.Role.POLICE_OFFICER;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import pact.portal.gateway.Answer;
import pact.portal.gateway.Gateway;
import pact.portal.view.Views;

/** Notices: the list, newest first, and one notice with its state, next steps, appeal date and payments. */
@Path("/notices")
@Produces(MediaType.TEXT_HTML)
public class NoticePages extends PortalPage {
    static final String[] READERS = {ENFORCEMENT_ADMIN, POLICE_OFFICER, CITY_INSPECTOR};
    static final String NOTICE_FIELDS = "id type legalBasis status conduct conductCode location { lat lon } issuedAt "
            + "issuingOfficer { staffNumber organisation } reportId taskId pspoOrderId behaviourCode appealBy "
            + "nextStatuses version penalty { amount discountAmount discountUntil dueDate proceedingsFrom } "
            + "requirements { text deadline kind }";

    @Inject
    Template notices;

    @Inject
    Template notice;




    @GET
    public TemplateInstance list(@RestQuery String type, @RestQuery String after) {
        viewer.require(READERS);
        Map<String, Object> vars = new HashMap<>();
        vars.put("after", after);
        vars.put("type", Forms.oneOf(PatrolPages.NOTICE_TYPES, type, null));
        Answer answer = gateway.query("query Notices($after: String, $type: String) { notices(first: 25, "
                + "after: $after, type: $type) { totalCount pageInfo { hasNextPage endCursor } edges { node { "
                + NOTICE_FIELDS + " } } } }", vars);
        return views.page(notices, "Notices", answer).data("page", answer.get("notices", Views.NoticeConnection.class))
                .data("types", ReportPages.Option.of(PatrolPages.NOTICE_TYPES, type))
                .data("filters", ReportPages.query("type", type));
    }

    /** The subject is personal data: it is read only here, and with the reason "notice detail". */
    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath String id, @RestQuery String issued) {
        viewer.require(READERS);
        Answer answer = gateway.query("query Notice($id: ID!) { notice(id: $id) { " + NOTICE_FIELDS
                + " subject { kind name dateOfBirth } } }", Map.of("id", id), "Viewing the notice's record");
        Views.Notice found = answer.get("notice", Views.Notice.class);
        List<Map<String, Object>> paid = List.of();
        if (found != null && found.type().startsWith("FIXED_PENALTY")) {
            // only a fixed penalty has payments
            Answer payments = gateway.query("query Payments($id: ID!) { noticePayments(noticeId: $id) { amount "
                    + "paidOn channel reference recordedBy } }", Map.of("id", id));
            paid = payments.list("noticePayments", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
            answer.failures().addAll(payments.failures());
        }
        return views.page(notice, found == null ? "Notice not found" : found.typeText(), answer).data("notice", found)
                .data("payments", paid).data("issued", issued != null);
    }
}
