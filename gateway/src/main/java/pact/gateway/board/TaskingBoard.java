package pact.gateway.board;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import io.smallrye.graphql.api.Subscription;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import pact.gateway.graphql.AccessDenied;

/**
 * The tasking board's live feed. Each subscription polls the services with its subscriber's own
 * token, so it sees exactly what that person may see; notices only for roles that may read them.
 */
@GraphQLApi
public class TaskingBoard {
    static final String[] BOARD_READERS = {"tasking-coordinator", "police-officer", "city-inspector",
        "council-officer"};
    static final String[] NOTICE_READERS = {"enforcement-admin", "police-officer", "city-inspector", "met-system"};

    @Inject
    SecurityIdentity identity;

    @Inject
    @RestClient
    BoardClients.Tasking tasking;

    @Inject
    @RestClient
    BoardClients.Enforcement enforcement;

    @ConfigProperty(name = "pact.gateway.board.poll-interval", defaultValue = "2s")
    Duration interval;

    @Subscription("taskingBoard")
    @Description("New tasks, check-ins and (for roles that may read them) notices, as they happen")
    public Multi<BoardEvent> taskingBoard() {
        if (Arrays.stream(BOARD_READERS).noneMatch(identity::hasRole)) {
            throw new AccessDenied("Forbidden: 'taskingBoard' needs one of the roles " + String.join(", ", BOARD_READERS));
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new AccessDenied("Forbidden: 'taskingBoard' needs a bearer token");
        }
        boolean notices = Arrays.stream(NOTICE_READERS).anyMatch(identity::hasRole);
        BoardPoll poll = new BoardPoll(tasking, enforcement, token.getToken(), notices);
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(interval)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> Uni.createFrom().item(poll::next)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItem().transformToIterable(events -> events);
    }
}
