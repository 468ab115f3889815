package pact.reports.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pact.reports.domain.ReportUpdateKind;
import pact.reports.domain.WorkOnReport;

/** One service's change feed as reports-service reads it: where a page is, and the work on reports in it. */
public interface WorkFeed {
    int PAGE = 200;

    /** The feed's name, which keys its cursor. */
    String name();

    /** The page's path and query after {@code since}, relative to the service's base URL. */
    String page(String since);

    /** The work on reports that a page reports, in feed order. */
    List<WorkOnReport.Work> work(JsonNode page);

    /** tasking-service's {@code /api/changes}: tasks assigned, started, completed or cancelled, for each report they name. */
    WorkFeed TASKING = new WorkFeed() {
        @Override
        public String name() {
            return "tasking";
        }

        @Override
        public String page(String since) {
            return "/api/changes?since=" + since + "&limit=" + PAGE;
        }

        @Override
        public List<WorkOnReport.Work> work(JsonNode page) {
            List<WorkOnReport.Work> work = new ArrayList<>();
            for (JsonNode change : page.path("items")) {
                ReportUpdateKind kind = switch (change.path("to").asText()) {
                    case "ASSIGNED" -> ReportUpdateKind.TASK_ASSIGNED;
                    case "IN_PROGRESS" -> ReportUpdateKind.TASK_STARTED;
                    case "COMPLETED" -> ReportUpdateKind.TASK_COMPLETED;
                    case "CANCELLED" -> ReportUpdateKind.TASK_CANCELLED;
                    default -> null; // planned, or back to planned: nothing a report records
                };
                if (kind == null) {
                    continue;
                }
                String title = change.path("title").asText();
                String detail = change.path("detail").asText("");
                String note = switch (kind) {
                    case TASK_ASSIGNED -> "Task '" + title + "' " + detail;
                    case TASK_STARTED -> "Task '" + title + "' started";
                    case TASK_COMPLETED -> "Task '" + title + "' completed: " + detail;
                    default -> "Task '" + title + "' cancelled: " + detail;
                };
                for (JsonNode report : change.path("reportIds")) {
                    work.add(new WorkOnReport.Work("tasking:" + change.path("cursor").asText() + ":" + report.asText(),
                            UUID.fromString(report.asText()), kind, "tasking-service: " + change.path("by").asText(),
                            Instant.parse(change.path("at").asText()), note));
                }
            }
            return work;
        }
    };

    /** enforcement-service's {@code /api/v1/changes}: notices issued that name a report. */
    WorkFeed ENFORCEMENT = new WorkFeed() {
        @Override
        public String name() {
            return "enforcement";
        }

        @Override
        public String page(String since) {
            return "/api/v1/changes?since=" + since + "&limit=" + PAGE;
        }

        @Override
        public List<WorkOnReport.Work> work(JsonNode page) {
            List<WorkOnReport.Work> work = new ArrayList<>();
            for (JsonNode change : page.path("items")) {
                JsonNode notice = change.path("notice");
                String reportId = notice.path("reportId").asText(null);
                if (!"CREATED".equals(change.path("change").asText()) || reportId == null) {
                    continue;
                }
                JsonNode officer = notice.path("issuingOfficer");
                String note = notice.path("type").asText() + " (" + notice.path("legalBasis").asText() + ") issued by "
                        + officer.path("staffNumber").asText() + " (" + officer.path("organisation").asText()
                        + "); notice " + notice.path("id").asText();
                work.add(new WorkOnReport.Work("enforcement:" + change.path("cursor").asText(),
                        UUID.fromString(reportId), ReportUpdateKind.NOTICE_ISSUED,
                        "enforcement-service: " + officer.path("staffNumber").asText(),
                        Instant.parse(change.path("at").asText()), note));
            }
            return work;
        }
    };
}
