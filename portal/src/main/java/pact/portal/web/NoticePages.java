package pact.portal.web;

import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.ENFORCEMENT_ADMIN;
import static pact.portal.web.Role.POLICE_OFFICER;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
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
            + "requirements { text deadline kind } accountability authorisation { by authority } "
            + "breach { requirements underAppeal }";

    /** Why a notice's page reads its subject and payments (personal data): sent as X-Access-Reason and audited. */
    static final String READING_REASON = "Viewing the notice's record";
    static final List<String> CHANNELS = List.of("ONLINE", "PHONE", "POST", "IN_PERSON");

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

    @POST
    @Path("{id}/status")
    public Object changeStatus(@RestPath String id, @RestForm String status, @RestForm String on,
            @RestForm String note, @RestForm Long version, @RestForm("breached") List<String> breached) {
        viewer.require(READERS);
        Forms form = new Forms().value("status", status).value("on", on).value("note", note);
        form.require("status", "what happened to the notice");
        if (!form.hasErrors()) {
            Map<String, Object> change = new HashMap<>();
            change.put("status", status);
            ReportPages.putIfPresent(change, "on", on);
            ReportPages.putIfPresent(change, "note", note);
            if ("BREACHED".equals(status) && breached != null && !breached.isEmpty()) {
                change.put("breachedRequirements", breached.stream().filter(b -> b.matches("\\d{1,2}"))
                        .map(Integer::valueOf).toList());
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put("id", id);
            vars.put("change", change);
            vars.put("version", version);
            Answer answer = gateway.query("mutation Change($id: ID!, $change: NoticeStatusChangeInput!, "
                    + "$version: BigInteger!) { changeNoticeStatus(noticeId: $id, change: $change, "
                    + "expectedVersion: $version) { id status } }", vars);
            if (answer.get("changeNoticeStatus", Map.class) != null) {
                return Response.seeOther(URI.create("/notices/" + id + "?updated=true")).build();
            }
            answer.failures().forEach(f -> form.refusal(f, "status", Map.of("on", "on", "note", "note",
                    "breachedRequirements", "breached")));
        }
        return detail(id, false, form, new Forms());
    }

    @POST
    @Path("{id}/payments")
    public Object pay(@RestPath String id, @RestForm String amount, @RestForm String paidOn,
            @RestForm String channel, @RestForm String reference, @RestForm Long version,
            @RestForm String idempotencyKey) {
        viewer.require(ENFORCEMENT_ADMIN);
        Forms form = new Forms().value("amount", amount).value("paidOn", paidOn).value("channel", channel)
                .value("reference", reference).value("idempotencyKey", idempotencyKey);
        form.require("amount", "the amount paid").require("paidOn", "the day it was paid")
                .require("channel", "how it was paid").require("reference", "the payment reference");
        Double sum = ReportPages.number(form, "amount", amount, "The amount");
        if (!form.hasErrors()) {
            Map<String, Object> payment = Map.of("amount", sum, "paidOn", paidOn.strip(), "channel",
                    Forms.oneOf(CHANNELS, channel, "ONLINE"), "reference", reference.strip());
            Map<String, Object> vars = new HashMap<>();
            vars.put("id", id);
            vars.put("payment", payment);
            vars.put("version", version);
            vars.put("key", idempotencyKey);
            Answer answer = gateway.query("mutation Pay($id: ID!, $payment: PaymentInput!, $version: BigInteger, "
                    + "$key: String) { recordPayment(noticeId: $id, payment: $payment, expectedVersion: $version, "
                    + "idempotencyKey: $key) { id } }", vars);
            if (answer.get("recordPayment", Map.class) != null) {
                return Response.seeOther(URI.create("/notices/" + id + "?paid=true")).build();
            }
            answer.failures().forEach(f -> form.refusal(f, "amount", Map.of()));
        }
        return detail(id, false, new Forms(), form);
    }

    /** The subject is personal data: it is read only here, and with the reason "notice detail". */
    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath String id, @RestQuery String issued, @RestQuery String updated,
            @RestQuery String paid) {
        viewer.require(READERS);
        return detail(id, issued != null, new Forms(), new Forms()).data("updated", updated != null)
                .data("paid", paid != null);
    }

    TemplateInstance detail(String id, boolean issued, Forms statusForm, Forms paymentForm) {
        Answer answer = gateway.query("query Notice($id: ID!) { notice(id: $id) { " + NOTICE_FIELDS
                + " subject { kind name dateOfBirth } } }", Map.of("id", id), READING_REASON);
        Views.Notice found = answer.get("notice", Views.Notice.class);
        List<Map<String, Object>> paid = List.of();
        if (found != null && found.type().startsWith("FIXED_PENALTY")) {
            // only a fixed penalty has payments
            Answer payments = gateway.query("query Payments($id: ID!) { noticePayments(noticeId: $id) { amount "
                    + "paidOn channel reference recordedBy } }", Map.of("id", id), READING_REASON);
            paid = payments.list("noticePayments", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
            answer.failures().addAll(payments.failures());
        }
        if (found != null && found.penalty() != null && paymentForm.value("amount").isBlank()) {
            // what is due today: the discounted sum within its period, else the full penalty
            Views.Penalty penalty = found.penalty();
            java.time.LocalDate today = java.time.LocalDate.now(Views.LONDON);
            boolean discounted = penalty.discountAmount() != null && penalty.discountUntil() != null
                    && !today.isAfter(penalty.discountUntil());
            paymentForm.value("amount", (discounted ? penalty.discountAmount() : penalty.amount()).toPlainString())
                    .value("paidOn", today.toString());
        }
        return views.page(notice, found == null ? "Notice not found" : found.typeText(), answer).data("notice", found)
                .data("payments", paid).data("issued", issued).data("updated", false).data("paid", false)
                .data("statusForm", statusForm).data("paymentForm", paymentForm.values().containsKey("idempotencyKey")
                        ? paymentForm : paymentForm.value("idempotencyKey", java.util.UUID.randomUUID().toString()))
                .data("nextStatuses", found == null || found.nextStatuses() == null ? List.of()
                        : ReportPages.Option.of(found.nextStatuses(), statusForm.value("status")))
                .data("channels", ReportPages.Option.of(CHANNELS, paymentForm.value("channel")))
                .data("mayPay", viewer.is(ENFORCEMENT_ADMIN) && found != null && found.type().startsWith("FIXED_PENALTY")
                        && found.nextStatuses() != null && found.nextStatuses().contains("PAID"));
    }
}
