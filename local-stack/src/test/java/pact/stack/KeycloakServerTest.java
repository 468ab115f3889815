package pact.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keycloak's --import-realm skips a realm it has, so a changed realm must replace Keycloak's local database. */
class KeycloakServerTest {

    @TempDir
    Path home;

    @Test
    void a_changed_realm_resets_keycloak_s_database_so_that_it_is_imported_again() throws Exception {
        Path database = Files.createDirectories(home.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "users of the old realm");
        Files.createDirectories(home.resolve("data/import"));
        Files.writeString(home.resolve("data/import/pact-realm.json"), "{\"realm\":\"pact\",\"users\":[]}");

        KeycloakServer.installRealm(home);

        assertFalse(Files.exists(database));
        assertArrayEquals(committedRealm(), Files.readAllBytes(home.resolve("data/import/pact-realm.json")));
    }

    @Test
    void the_same_realm_keeps_keycloak_s_database() throws Exception {
        Path database = Files.createDirectories(home.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "sessions and users");
        KeycloakServer.installRealm(home);

        KeycloakServer.installRealm(home);

        assertTrue(Files.exists(database));
    }

    private static byte[] committedRealm() throws Exception {
        try (InputStream in = KeycloakServerTest.class.getResourceAsStream("/keycloak/pact-realm.json")) {
            return in.readAllBytes();
        }
    }
}
