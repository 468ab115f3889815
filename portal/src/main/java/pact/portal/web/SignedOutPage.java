package pact.portal.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where signing out lands, after Keycloak has ended the session too. Public: nobody is signed in. */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutPage {
    @Inject
    Template error;

    @GET
    public TemplateInstance get() {
        return error.data("title", "You have signed out").data("advice",
                "Your PACT session and your sign-in are ended. Sign in again to carry on.");
    }
}
