package pact.portal.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import pact.portal.gateway.Answer;

/** Renders a page inside the portal's GOV.UK layout, with the viewer's navigation and what is missing. */
@RequestScoped
public class Views {
    @Inject
    Viewer viewer;

    @Inject
    HttpServerRequest request;

    public TemplateInstance page(Template template, String title, Answer answer) {
        return page(template, title, answer == null ? List.of() : answer.missing());
    }

    public TemplateInstance page(Template template, String title, List<String> missing) {
        return template.data("viewer", viewer).data("title", title).data("path", request.path())
                .data("missing", missing);
    }
}
