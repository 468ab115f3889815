package pact.portal.web;

import jakarta.inject.Inject;
import pact.portal.gateway.Gateway;

/** What every page of the portal works with: the gateway, the signed-in person, and the layout. */
abstract class PortalPage {
    @Inject
    Gateway gateway;

    @Inject
    Viewer viewer;

    @Inject
    Views views;
}
