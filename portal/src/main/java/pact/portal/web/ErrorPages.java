package pact.portal.web;

import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A person never sees a stack trace: GOV.UK's "not found", "no access" and "sorry" pages instead. */
public class ErrorPages {
    static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Template error;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "You do not have access to this page",
                "Your role does not include this. If you need it, ask your PACT administrator.");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found", "If you typed the web address, check it is correct.");
    }

    @ServerExceptionMapper
    public Response other(RuntimeException e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return page(web.getResponse().getStatus(), "There is a problem with this request",
                    "Go back and try again.");
        }
        LOG.error("Page failed", e);
        return page(500, "Sorry, there is a problem with the service", "Try again later.");
    }

    private Response page(int status, String title, String advice) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("title", title).data("advice", advice).render()).build();
    }
}
