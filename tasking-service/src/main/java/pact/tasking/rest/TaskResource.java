package pact.tasking.rest;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.paging.QueryValues;
import pact.support.security.Roles;
import pact.tasking.domain.TaskStatus;
import pact.tasking.mapping.HotspotTasking;
import pact.tasking.mapping.NewTask;
import pact.tasking.mapping.TaskEventView;
import pact.tasking.mapping.TaskMove;
import pact.tasking.mapping.TaskView;
import pact.tasking.service.HotspotTaskingService;
import pact.tasking.service.TaskService;

/** Tasks, their lifecycle, and the bulk reads the gateway batches on. */
@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {
    @Inject
    TaskService tasks;

    @Inject
    HotspotTaskingService hotspotTasking;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewTask.class), examples = @ExampleObject(name = "evening patrol",
            value = "{\"title\":\"Evening patrol, Soho Square\",\"objective\":\"VISIBLE_PATROL\",\"area\":{\"cellId\":\"150m-3530-1206\"},\"priority\":\"HIGH\",\"windowStart\":\"2026-12-05T18:00:00Z\",\"windowEnd\":\"2026-12-05T22:00:00Z\"}")))
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TaskView.class)))
    @Operation(operationId = "createTask", summary = "Plan a task on a hotspot cell or a polygon")
    public Response create(@NotNull(message = "a task body is required") @Valid NewTask task, @Context UriInfo uri) {
        TaskView created = tasks.create(task, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("from-hotspots")
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @APIResponse(responseCode = "201", description = "Tasks created, with the method that ranked the cells", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HotspotTasking.Result.class)))
    @APIResponse(responseCode = "200", description = "No task created: every cell asked for already has an open task", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HotspotTasking.Result.class)))
    @Operation(summary = "Create a task on each of reports-service's hottest cells (called with the caller's token):"
            + " ranked by its best forecast unless a method is named; method=GISTAR or minZScore keeps significant"
            + " Gi* hotspots only. All or nothing; cells with an open task are skipped; the answer names the method")
    public Response fromHotspots(@NotNull(message = "a hotspot tasking body is required") @Valid
            HotspotTasking request) {
        AccessTokenCredential token = caller.getCredential(AccessTokenCredential.class);
        HotspotTasking.Result result = hotspotTasking.task(request, token.getToken(),
                caller.getPrincipal().getName());
        return Response.status(result.created().isEmpty() ? Response.Status.OK : Response.Status.CREATED)
                .entity(result).build();
    }

    @GET
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "listTasks", summary = "List tasks, optionally by status and by window overlapping [from, to)")
    public PageResponse<TaskView> list(@BeanParam PageRequest paging, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return tasks.list(QueryValues.enumValue("status", status, TaskStatus.class),
                QueryValues.instant("from", from), QueryValues.instant("to", to), paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "getTask", summary = "One task")
    public TaskView get(@PathParam("id") String id) {
        return tasks.get(QueryValues.uuid("id", id));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(Roles.TASKING_COORDINATOR)
    @Operation(summary = "Move a task: assign, start, complete or cancel; illegal moves are a 409, unmet rules a 422")
    public TaskView move(@PathParam("id") String id,
            @NotNull(message = "a transition body is required") @Valid TaskMove move) {
        return tasks.move(QueryValues.uuid("id", id), move, caller.getPrincipal().getName());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "Every change of the task's status, who made it and when")
    public List<TaskEventView> history(@PathParam("id") String id) {
        return tasks.history(QueryValues.uuid("id", id));
    }

    // The bulk reads take many keys (repeated or comma-separated) so a GraphQL list costs one call.

    @GET
    @Path("batch")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "Tasks by many ids, in the order asked; unknown ids are left out")
    public List<TaskView> byIds(@QueryParam("id") List<String> ids) {
        return tasks.byIds(uuids("id", ids));
    }

    @GET
    @Path("by-report")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "For each report id, the tasks linked to it")
    public Map<UUID, List<TaskView>> byReports(@QueryParam("reportId") List<String> ids) {
        return tasks.byReports(uuids("reportId", ids));
    }

    @GET
    @Path("by-officer")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "For each officer id, the tasks assigned to them")
    public Map<UUID, List<TaskView>> byOfficers(@QueryParam("officerId") List<String> ids) {
        return tasks.byOfficers(uuids("officerId", ids));
    }

    @GET
    @Path("by-cell")
    @RolesAllowed({Roles.TASKING_COORDINATOR, Roles.POLICE_OFFICER, Roles.CITY_INSPECTOR, Roles.COUNCIL_OFFICER})
    @Operation(summary = "For each hotspot cell id, the tasks on it")
    public Map<String, List<TaskView>> byCells(@QueryParam("cellId") List<String> ids) {
        return tasks.byCells(split(ids));
    }

    static List<UUID> uuids(String name, List<String> raw) {
        return split(raw).stream().map(v -> QueryValues.uuid(name, v)).toList();
    }

    static List<String> split(List<String> raw) {
        return raw == null ? List.of() : raw.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
