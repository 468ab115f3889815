package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The image builds: pinned base images, non-root users, the Quarkus fast-jar layout, the app's own port. */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:(\\d+\\.\\d+)\\s*$");

    @ParameterizedTest
    @ValueSource(strings = {"portal", "gateway", "reports-service", "tasking-service", "enforcement-service"})
    void each_app_builds_a_pinned_non_root_jvm_image_of_its_quarkus_app(String module) throws IOException {
        Path dockerfile = Repo.root().resolve(module).resolve("src/main/docker/Dockerfile.jvm");
        String text = Files.readString(dockerfile);
        assertTrue(FROM.matcher(text).find(), () -> dockerfile + ": FROM must be ubi9/openjdk-17-runtime with a pinned version tag");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)\\s*$").matcher(text);
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        assertTrue(lastUser != null && lastUser.matches("[1-9][0-9]*"), dockerfile + ": the last USER must be a numeric non-root user, is " + lastUser);
        for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(text.contains("COPY --chown=" + lastUser + " target/quarkus-app/" + part), () -> dockerfile + " does not copy target/quarkus-app/" + part);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Repo.root().resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        String port = properties.getProperty("quarkus.http.port");
        assertTrue(text.contains("\nEXPOSE " + port + "\n"), () -> dockerfile + " must EXPOSE the app's port " + port);
        String deployment = Files.readString(Repo.k8s().resolve("base").resolve(module).resolve("deployment.yaml"));
        assertTrue(deployment.contains("containerPort: " + port), () -> "the base Deployment of " + module + " does not use port " + port);
    }

    @Test
    void the_keycloak_image_is_the_keycloak_version_of_the_build_and_of_the_overlays() throws IOException {
        String pom = Files.readString(Repo.root().resolve("pom.xml"));
        Matcher version = Pattern.compile("<keycloak\\.version>([^<]+)</keycloak\\.version>").matcher(pom);
        assertTrue(version.find(), "the parent POM names no keycloak.version");
        String keycloak = version.group(1);
        String dockerfile = Files.readString(Repo.k8s().resolve("images/keycloak/Dockerfile"));
        Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile);
        int stages = 0;
        while (from.find()) {
            stages++;
            assertEquals("quay.io/keycloak/keycloak:" + keycloak, from.group(1), "k8s/images/keycloak/Dockerfile");
        }
        assertEquals(2, stages, "k8s/images/keycloak/Dockerfile: a build stage and a runtime stage");
        for (String overlay : Overlays.ALL) {
            String image = ManifestValidator.read(Overlays.render(overlay)).stream()
                    .filter(m -> m.is("Deployment") && m.name().equals("keycloak")).findFirst().orElseThrow()
                    .raw().at("/spec/template/spec/containers/0/image").asText();
            assertTrue(image.endsWith("pact/keycloak:" + keycloak), () -> overlay + " runs " + image + ", the build uses Keycloak " + keycloak);
        }
    }
}
