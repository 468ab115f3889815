package pact.gateway.client;

import java.util.Set;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What the mutations take, passed on to the services as they are: the services validate. */
public final class Inputs {
    private Inputs() {
    }

    @Input("GeoPointInput")
    public record GeoPoint(@NonNull Double lat, @NonNull Double lon) {
    }

    @Input("ContactInput")
    public record Contact(String name, String email, String phone) {
    }

    @Input("NewReportInput")
    public record NewReport(@NonNull String qualifier, @NonNull String category, @NonNull String description,
            @NonNull GeoPoint location, String address, @NonNull String occurredAt, @NonNull String source,
            String sourceReference, String cctvCameraRef, Contact reporter, Contact victim,
            Set<String> vulnerabilityFlags) {
    }

    @Input("StatusChangeInput")
    public record StatusChange(@NonNull String status, @NonNull String reason) {
    }
}
