package pact.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GOV.UK Frontend's fonts and images, at the /assets path its stylesheet names, served from the
 * webjar so that nothing comes from outside.
 */
@Path("/assets")
public class GovukAssets {
    static final String ROOT = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

    @GET
    @Path("{kind: fonts|images}/{name: [A-Za-z0-9._-]+}")
    public Response asset(@PathParam("kind") String kind, @PathParam("name") String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(ROOT + kind + "/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return Response.ok(in.readAllBytes(), type(name)).header("Cache-Control", "public, max-age=86400")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "woff2" -> "font/woff2";
            case "woff" -> "font/woff";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            default -> "application/octet-stream";
        };
    }
}
