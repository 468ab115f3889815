package pact.portal.web;

import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pact.portal.gateway.Gateway;

/** What every page of the portal works with: the gateway, the signed-in person, the layout and the map tiles. */
abstract class PortalPage {
    @Inject
    Gateway gateway;

    @Inject
    Viewer viewer;

    @Inject
    Views views;

    /** The optional tile URL every map page hands to its map (empty: boundaries only). */
    @ConfigProperty(name = "pact.portal.map-tiles")
    Optional<String> tiles;
}
