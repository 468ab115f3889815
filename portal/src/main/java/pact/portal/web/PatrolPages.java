package pact.portal.web;

import static pact.portal.web.Role.CITY_INSPECTOR;
import static pact.portal.web.Role.POLICE_OFFICER;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import pact.portal.gateway.Answer;
import pact.portal.view.Views;

/**
 * The officer's view on patrol, phone first: my shift and tasks, check in where I am, which PSPOs
 * apply here and now, and issuing a notice, refused with the law's reason beside the field.
 */
@Path("/patrol")
@Produces(MediaType.TEXT_HTML)
public class PatrolPages extends PortalPage {
    static final String[] OFFICERS = {POLICE_OFFICER, CITY_INSPECTOR};
    static final List<String> NOTICE_TYPES = List.of("COMMUNITY_PROTECTION_WARNING", "COMMUNITY_PROTECTION_NOTICE",
            "FIXED_PENALTY_CPN_BREACH", "FIXED_PENALTY_PSPO_BREACH", "DISPERSAL_DIRECTION", "CLOSURE_NOTICE");
    /** Who may authorise a closure notice (s.76(1)), and extend it past 24 hours (s.77(1)). */
    static final List<String> AUTHORITIES = List.of("POLICE_INSPECTOR", "POLICE_CHIEF_INSPECTOR",
            "POLICE_SUPERINTENDENT", "POLICE_CHIEF_SUPERINTENDENT", "POLICE_COMMANDER_OR_ABOVE",
            "COUNCIL_AUTHORISED_OFFICER", "COUNCIL_CHIEF_EXECUTIVE", "COUNCIL_CHIEF_EXECUTIVE_DESIGNATE",
            "POLICE_SERGEANT", "POLICE_CONSTABLE");
    /** Which form field each statutory rule is about, so its reason appears beside that field. */
    static final Map<String, String> RULE_FIELDS = Map.ofEntries(Map.entry("warning-before-notice", "type"),
            Map.entry("subject-minimum-age", "dateOfBirth"), Map.entry("dispersal-police-only", "type"),
            Map.entry("issuing-power", "type"), Map.entry("warning-time-allowed", "complyBy"),
            Map.entry("penalty-maximum", "amount"), Map.entry("penalty-needs-breached-cpn", "relatedNoticeId"),
            Map.entry("penalty-needs-pspo-breach", "pspoOrderId"),
            Map.entry("direction-maximum-duration", "endsAt"), Map.entry("closure-authority", "authority"),
            Map.entry("closure-maximum-duration", "endsAt"), Map.entry("issuer-is-the-caller", "type"));
    static final Map<String, String> NOTICE_FIELDS = Map.ofEntries(Map.entry("subject.name", "subjectName"),
            Map.entry("subject.dateOfBirth", "dateOfBirth"), Map.entry("location.lat", "lat"),
            Map.entry("location.lon", "lon"), Map.entry("requirements", "requirement"), Map.entry("conduct", "conduct"),
            Map.entry("complyBy", "complyBy"), Map.entry("amount", "amount"), Map.entry("endsAt", "endsAt"),
            Map.entry("authorisation.by", "authorisedBy"), Map.entry("authorisation.authority", "authority"));

    @Inject
    Template patrol;

    @Inject
    Template noticeNew;




    @GET
    public TemplateInstance get(@RestQuery String checkedIn, @RestQuery String lat, @RestQuery String lon) {
        viewer.require(OFFICERS);
        return page(new Forms().value("lat", lat).value("lon", lon), lat, lon).data("checkedIn", checkedIn != null);
    }

    TemplateInstance page(Forms form, String lat, String lon) {
        Me me = me();
        Map<String, Object> shift = null;
        List<Map<String, Object>> pspos = List.of();
        Answer answer = me.answer();
        if (me.officer() != null) {
            LocalDate today = LocalDate.now(Views.LONDON);
            Map<String, Object> vars = new HashMap<>();
            vars.put("id", me.officer().id());
            vars.put("from", today.atStartOfDay(Views.LONDON).toInstant().toString());
            vars.put("to", today.plusDays(2).atStartOfDay(Views.LONDON).toInstant().toString());
            StringBuilder query = new StringBuilder("query Shift($id: ID!, $from: String!, $to: String!");
            Double latitude = ReportPages.number(form, "lat", lat, "Latitude");
            Double longitude = ReportPages.number(form, "lon", lon, "Longitude");
            boolean lookup = latitude != null && longitude != null;
            if (lookup) {
                query.append(", $lat: Float!, $lon: Float!");
                vars.put("lat", latitude);
                vars.put("lon", longitude);
            }
            query.append(") { dutyPeriods(officerId: $id, from: $from, to: $to) { kind startsAt endsAt }");
            if (lookup) {
                query.append(" applicablePspos(lat: $lat, lon: $lon) { orderId orderName prohibitionCode wording }");
            }
            query.append(" }");
            answer = gateway.query(query.toString(), vars);
            Instant now = Instant.now();
            shift = answer.list("dutyPeriods", Map.class).stream().map(m -> (Map<String, Object>) m)
                    .filter(d -> "SHIFT".equals(d.get("kind")) && !Instant.parse((String) d.get("endsAt")).isBefore(now))
                    .findFirst().orElse(null);
            if (shift != null) {
                shift.put("text", Views.when(Instant.parse((String) shift.get("startsAt"))) + " to "
                        + Views.time(Instant.parse((String) shift.get("endsAt"))));
            }
            pspos = answer.list("applicablePspos", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
            form.value("pspoLookup", lookup ? "yes" : "");
        }
        List<Views.Task> tasks = me.officer() == null || me.officer().tasks() == null ? List.of()
                : me.officer().tasks().stream().filter(t -> !"COMPLETED".equals(t.status())
                        && !"CANCELLED".equals(t.status())).toList();
        return views.page(patrol, "My patrol", answer).data("officer", me.officer()).data("shift", shift)
                .data("tasks", tasks).data("pspos", pspos).data("form", form).data("checkedIn", false);
    }

    /** The officer record linked to this login, with its tasks. */
    record Me(Views.Officer officer, Answer answer) {
    }

    Me me() {
        Answer answer = gateway.query("{ officers(first: 100) { edges { node { id staffNumber displayName "
                + "organisation mode powers login tasks { id title status priority area { cellId } windowStart "
                + "windowEnd } } } } }", Map.of());
        List<Views.Officer> officers = officersOf(answer);
        return new Me(officers.stream().filter(o -> viewer.login().equals(o.login())).findFirst().orElse(null),
                answer);
    }

    static List<Views.Officer> officersOf(Answer answer) {
        Map<String, Object> connection = answer.get("officers", Map.class);
        if (connection == null) {
            return List.of();
        }
        return ((List<?>) connection.get("edges")).stream()
                .map(e -> pact.portal.gateway.Gateway.JSON.convertValue(((Map<?, ?>) e).get("node"),
                        Views.Officer.class))
                .toList();
    }

    @POST
    @Path("check-in")
    public Object checkIn(@RestForm String lat, @RestForm String lon, @RestForm String accuracy) {
        viewer.require(OFFICERS);
        Forms form = new Forms().value("lat", lat).value("lon", lon).value("accuracy", accuracy);
        form.require("lat", "your latitude").require("lon", "your longitude");
        Double latitude = ReportPages.number(form, "lat", lat, "Latitude");
        Double longitude = ReportPages.number(form, "lon", lon, "Longitude");
        Double metres = ReportPages.number(form, "accuracy", accuracy, "Accuracy");
        Me me = me();
        if (me.officer() == null) {
            form.error("lat", "Your login is not linked to an officer on the roster: ask the tasking coordinator");
        }
        if (form.hasErrors()) {
            return page(form, null, null);
        }
        Map<String, Object> checkIn = new LinkedHashMap<>();
        checkIn.put("clientId", UUID.randomUUID().toString());
        checkIn.put("at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        checkIn.put("lat", latitude);
        checkIn.put("lon", longitude);
        checkIn.put("accuracyMetres", metres == null ? 25.0 : metres);
        Answer answer = gateway.query("mutation CheckIn($id: ID!, $checkIns: [CheckInInput!]!) { "
                + "checkIn(officerId: $id, checkIns: $checkIns) { received stored } }",
                Map.of("id", me.officer().id(), "checkIns", List.of(checkIn)));
        if (answer.get("checkIn", Map.class) == null) {
            answer.failures().forEach(f -> form.refusal(f, "lat", Map.of("lat", "lat", "lon", "lon")));
            return page(form, null, null);
        }
        return Response.seeOther(URI.create("/patrol?checkedIn=1")).build();
    }

    @GET
    @Path("notices/new")
    public TemplateInstance newNotice(@RestQuery String lat, @RestQuery String lon) {
        viewer.require(OFFICERS);
        return noticeForm(new Forms().value("type", "COMMUNITY_PROTECTION_WARNING").value("subjectKind", "PERSON")
                .value("lat", lat).value("lon", lon).value("complyBy", LocalDate.now(Views.LONDON).plusDays(14)
                        .toString()));
    }

    @POST
    @Path("notices/new")
    public Object issue(@RestForm String type, @RestForm String subjectKind, @RestForm String subjectName,
            @RestForm String dateOfBirth, @RestForm String conduct, @RestForm String requirement,
            @RestForm String lat, @RestForm String lon, @RestForm String complyBy, @RestForm String relatedNoticeId,
            @RestForm String pspoOrderId, @RestForm String behaviourCode, @RestForm String amount,
            @RestForm String endsAt, @RestForm String authorisedBy, @RestForm String authority,
            @RestForm String idempotencyKey) {
        viewer.require(OFFICERS);
        Forms form = new Forms().value("type", type).value("subjectKind", subjectKind).value("subjectName", subjectName)
                .value("dateOfBirth", dateOfBirth).value("conduct", conduct).value("requirement", requirement)
                .value("lat", lat).value("lon", lon).value("complyBy", complyBy)
                .value("relatedNoticeId", relatedNoticeId).value("pspoOrderId", pspoOrderId)
                .value("behaviourCode", behaviourCode).value("amount", amount).value("endsAt", endsAt)
                .value("authorisedBy", authorisedBy).value("authority", authority)
                .value("idempotencyKey", idempotencyKey == null || idempotencyKey.isBlank()
                        ? UUID.randomUUID().toString() : idempotencyKey);
        form.require("type", "the kind of notice").require("subjectName", "the name of the person or body")
                .require("conduct", "the conduct").require("lat", "the latitude").require("lon", "the longitude");
        if (Forms.oneOf(NOTICE_TYPES, type, null) == null) {
            form.error("type", "Choose the kind of notice");
        }
        Double latitude = ReportPages.number(form, "lat", lat, "Latitude");
        Double longitude = ReportPages.number(form, "lon", lon, "Longitude");
        Me me = me();
        if (me.officer() == null) {
            form.error("type", "Your login is not linked to an officer on the roster: ask the tasking coordinator");
        }
        if (form.hasErrors()) {
            return noticeForm(form);
        }
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("type", type);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", "BODY".equals(subjectKind) ? "BODY" : "PERSON");
        subject.put("name", subjectName.strip());
        ReportPages.putIfPresent(subject, "dateOfBirth", dateOfBirth);
        notice.put("subject", subject);
        // no issuing officer is sent: the service records the officer linked to the login
        notice.put("conduct", conduct.strip());
        if (requirement != null && !requirement.isBlank()) {
            notice.put("requirements", List.of(Map.of("text", requirement.strip(), "kind", "STOP")));
        }
        notice.put("location", Map.of("lat", latitude, "lon", longitude));
        notice.put("issuedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ReportPages.putIfPresent(notice, "complyBy", complyBy);
        ReportPages.putIfPresent(notice, "relatedNoticeId", relatedNoticeId);
        ReportPages.putIfPresent(notice, "pspoOrderId", pspoOrderId);
        ReportPages.putIfPresent(notice, "behaviourCode", behaviourCode);
        ReportPages.putIfPresent(notice, "endsAt", endsAt == null || endsAt.isBlank() ? null
                : java.time.LocalDateTime.parse(endsAt.strip()).atZone(Views.LONDON).toInstant().toString());
        if (amount != null && !amount.isBlank()) {
            Double sum = ReportPages.number(form, "amount", amount, "Amount");
            if (sum == null) {
                return noticeForm(form);
            }
            notice.put("amount", sum);
        }
        if ("CLOSURE_NOTICE".equals(type)) {
            if (authorisedBy == null || authorisedBy.isBlank() || Forms.oneOf(AUTHORITIES, authority, null) == null) {
                form.error("authority", "Name who authorised the closure and in what rank or office (s.76(1))");
                return noticeForm(form);
            }
            notice.put("authorisation", Map.of("by", authorisedBy.strip(), "authority", authority));
        }
        if (type.startsWith("FIXED_PENALTY")) {
            notice.put("offenceAt", notice.get("issuedAt"));
        }
        Answer answer = gateway.query("mutation Issue($notice: NewNoticeInput!, $key: String) { "
                + "issueNotice(notice: $notice, idempotencyKey: $key) { id } }",
                Map.of("notice", notice, "key", form.value("idempotencyKey")));
        Map<String, Object> issued = answer.get("issueNotice", Map.class);
        if (issued == null) {
            for (Answer.Failure f : answer.failures()) {
                form.refusal(f, f.rule() == null ? "type" : RULE_FIELDS.getOrDefault(f.rule(), "type"),
                        NOTICE_FIELDS);
            }
            return noticeForm(form);
        }
        return Response.seeOther(URI.create("/notices/" + issued.get("id") + "?issued=1")).build();
    }

    TemplateInstance noticeForm(Forms form) {
        List<String> types = viewer.is(POLICE_OFFICER) ? NOTICE_TYPES
                : NOTICE_TYPES.stream().filter(t -> !t.equals("DISPERSAL_DIRECTION")).toList();
        return views.page(noticeNew, form.hasErrors() ? "Error: Issue a notice" : "Issue a notice", List.of())
                .data("form", form).data("types", ReportPages.Option.of(types, form.value("type")))
                .data("kinds", ReportPages.Option.of(List.of("PERSON", "BODY"), form.value("subjectKind")))
                .data("authorities", ReportPages.Option.of(AUTHORITIES, form.value("authority")));
    }
}
