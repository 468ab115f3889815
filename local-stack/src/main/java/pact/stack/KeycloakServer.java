package pact.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Keycloak from Maven Central, unpacked once into the stack's home, started with the `pact` realm. */
final class KeycloakServer {
    static final int MINIMUM_JAVA = 21;

    private KeycloakServer() {
    }

    static ManagedProcess start(StackLayout layout) {
        Path javaHome = findJava().orElseThrow(() -> new StackFailure(
                "Keycloak needs Java " + MINIMUM_JAVA + " or newer, and none was found (checked KEYCLOAK_JAVA_HOME, "
                        + "JAVA_HOME, this JVM and /usr/lib/jvm). Install one, for example Eclipse Temurin 21 "
                        + "(https://adoptium.net) or, on Debian 13 / Ubuntu 24.04, `apt-get install openjdk-21-jdk-headless`, "
                        + "then set KEYCLOAK_JAVA_HOME to its folder."));
        Path home = unpack(layout);
        installRealm(home);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + layout.keycloakPort(),
                "--hostname=" + layout.keycloakUrl(), "--import-realm"));
        Console.step("starting Keycloak " + version() + " on " + layout.keycloakUrl() + " (Java at " + javaHome + ")");
        return ManagedProcess.start("keycloak", command,
                Map.of("JAVA_HOME", javaHome.toString(), "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m",
                        // the master realm's admin, created on first start; local use only
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-pact"),
                home, layout);
    }

    static void awaitReady(ManagedProcess keycloak, StackLayout layout) {
        keycloak.awaitReady(layout.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(4));
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/stack.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new StackFailure("stack.properties is missing from the launcher; rebuild it with ./mvnw package");
        }
        return properties.getProperty("keycloak.version");
    }

    private static Path unpack(StackLayout layout) {
        Path home = layout.home().resolve("keycloak-" + version());
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = layout.keycloakZip();
        if (!Files.isRegularFile(zip)) {
            throw new StackFailure("The Keycloak distribution is missing at " + zip
                    + "; `./mvnw package -DskipTests` fetches it from Maven Central");
        }
        Console.step("unpacking Keycloak " + version() + " (once; kept in " + layout.home() + ")");
        Path partial = layout.home().resolve("keycloak-unpacking");
        try {
            deleteTree(partial);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new StackFailure("Unsafe path in the Keycloak zip: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        if (entry.getName().endsWith(".sh")) {
                            target.toFile().setExecutable(true);
                        }
                    }
                }
            }
            // the zip holds one top folder, keycloak-VERSION; move it into place only when complete
            Path top = partial.resolve("keycloak-" + version());
            Files.move(top, home, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(partial);
            return home;
        } catch (IOException e) {
            throw new StackFailure("Could not unpack Keycloak: " + e.getMessage(), e);
        }
    }

    /**
     * Puts the committed realm where --import-realm reads it. That import skips a realm Keycloak already
     * has, so when the realm differs from the one imported last time (new demo users, a new mapper),
     * Keycloak's local database is reset and the realm imported afresh.
     */
    static void installRealm(Path home) {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/pact-realm.json")) {
            byte[] realm = in.readAllBytes();
            Path imported = Files.createDirectories(home.resolve("data/import")).resolve("pact-realm.json");
            Path database = home.resolve("data/h2");
            if (Files.isRegularFile(imported) && !Arrays.equals(Files.readAllBytes(imported), realm)
                    && Files.exists(database)) {
                Console.step("the pact realm changed since Keycloak imported it: resetting Keycloak's local database"
                        + " so that it imports the new one (what was changed in its admin console is lost)");
                deleteTree(database);
            }
            Files.write(imported, realm);
        } catch (IOException e) {
            throw new StackFailure("Could not install the pact realm: " + e.getMessage(), e);
        }
    }

    /** The newest JDK of at least version 21 among the usual places. */
    static Optional<Path> findJava() {
        List<Path> candidates = new ArrayList<>();
        for (String variable : List.of("KEYCLOAK_JAVA_HOME", "JAVA_HOME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                candidates.add(Path.of(value));
            }
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> installed = Files.list(jvms)) {
                installed.sorted(Comparator.reverseOrder()).forEach(candidates::add);
            } catch (IOException e) {
                // nothing more to look at
            }
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> majorVersion(home) >= MINIMUM_JAVA)
                .findFirst();
    }

    static int majorVersion(Path javaHome) {
        try {
            Properties release = new Properties();
            try (InputStream in = Files.newInputStream(javaHome.resolve("release"))) {
                release.load(in);
            }
            String version = release.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            String major = version.startsWith("1.") ? version.substring(2, 3) : version.split("[.+-]")[0];
            return Integer.parseInt(major);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
