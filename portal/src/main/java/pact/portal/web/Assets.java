package pact.portal.web;

import io.quarkus.qute.TemplateGlobal;

/** Where templates find GOV.UK Frontend and Leaflet, served from their webjars. */
@TemplateGlobal
public class Assets {
    /** GOV.UK Frontend's dist folder (the version of portal/pom.xml). */
    public static final String govuk = "/webjars/govuk-frontend/5.14.0/dist/govuk";
    public static final String leaflet = "/webjars/leaflet/1.9.4/dist";
}
