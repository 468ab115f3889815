package pact.gateway.graphql;

import java.util.List;
import pact.gateway.client.Pages;

/** The connection types of the schema (concrete, so that their GraphQL names read well). */
public final class Types {
    private Types() {
    }

    public record ReportEdge(String cursor, Pages.Report node) {
    }

    public record ReportConnection(List<ReportEdge> edges, Connections.PageInfo pageInfo, long totalCount) {
    }

    public record OfficerEdge(String cursor, Pages.Officer node) {
    }

    public record OfficerConnection(List<OfficerEdge> edges, Connections.PageInfo pageInfo, long totalCount) {
    }

    public record TaskEdge(String cursor, Pages.Task node) {
    }

    public record TaskConnection(List<TaskEdge> edges, Connections.PageInfo pageInfo, long totalCount) {
    }

    public record NoticeEdge(String cursor, Pages.Notice node) {
    }

    public record NoticeConnection(List<NoticeEdge> edges, Connections.PageInfo pageInfo, long totalCount) {
    }
}
