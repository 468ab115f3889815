package pact.gateway.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import pact.gateway.client.BearerTokenForwarder;

/**
 * Personal data is asked of a service only where the query selects it. The caller's
 * X-Access-Reason goes with a backend call only when the field being resolved selects a personal
 * field of that call's answer ({@link #REPORT} or {@link #NOTICE}), so a service neither returns
 * nor records a read of personal data that nobody asked for.
 */
@RequestScoped
public class PersonalFields {
    /** A report's personal field, as selected on a Report. */
    static final String REPORT = "personalData";
    /** A notice's personal field, as selected on a Notice. */
    static final String NOTICE = "subject";
    /** The same fields under a connection's edges. */
    static final String REPORT_IN_CONNECTION = "edges/node/" + REPORT;
    static final String NOTICE_IN_CONNECTION = "edges/node/" + NOTICE;

    @Inject
    Context context;

    @Inject
    BearerTokenForwarder caller;

    /** The caller's reason for a read whose whole answer is personal data (a penalty's payments), or null. */
    String reasonForPersonalRead() {
        return caller.callerAccessReason();
    }

    /** The caller's reason when the field being resolved selects {@code path}; otherwise null (no header). */
    String reasonIfSelected(String path) {
        String reason = caller.callerAccessReason();
        if (reason == null) {
            return null;
        }
        DataFetchingEnvironment field = context.unwrap(DataFetchingEnvironment.class);
        return field != null && field.getSelectionSet().contains(path) ? reason : null;
    }
}
