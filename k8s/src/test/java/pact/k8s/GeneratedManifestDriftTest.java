package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed base Deployment and Service of each app stay what quarkus-kubernetes generates
 * (with the module's src/main/kubernetes additions): ports, probes' endpoints, configuration,
 * resources, security context and volumes. The generated file exists once the module is packaged,
 * which `./mvnw verify` does before this module; run alone, the test is skipped with a reason.
 */
class GeneratedManifestDriftTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @ParameterizedTest
    @ValueSource(strings = {"portal", "gateway", "reports-service", "tasking-service", "enforcement-service"})
    void the_base_deployment_matches_what_quarkus_generates(String module) throws IOException {
        Path generated = Repo.root().resolve(module).resolve("target/kubernetes/kubernetes.yml");
        assumeTrue(Files.exists(generated), () -> generated + " is not there: package " + module + " first (./mvnw verify does)");
        JsonNode quarkus = find(read(generated), "Deployment", module);
        JsonNode base = find(read(Repo.k8s().resolve("base").resolve(module).resolve("deployment.yaml")), "Deployment", module);

        JsonNode quarkusPod = quarkus.at("/spec/template/spec");
        JsonNode basePod = base.at("/spec/template/spec");
        for (String field : List.of("securityContext", "volumes", "automountServiceAccountToken")) {
            assertEquals(quarkusPod.path(field), basePod.path(field), where(module, "spec.template.spec." + field));
        }
        JsonNode quarkusContainer = quarkusPod.path("containers").path(0);
        JsonNode baseContainer = basePod.path("containers").path(0);
        for (String field : List.of("name", "env", "envFrom", "resources", "securityContext", "volumeMounts")) {
            assertEquals(quarkusContainer.path(field), baseContainer.path(field), where(module, "spec.template.spec.containers[0]." + field));
        }
        // quarkus-kubernetes lists the http and management ports in no fixed order
        assertEquals(byName(quarkusContainer.path("ports")), byName(baseContainer.path("ports")),
                where(module, "spec.template.spec.containers[0].ports"));
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertEquals(quarkusContainer.path(probe).path("httpGet"), baseContainer.path(probe).path("httpGet"),
                    where(module, "spec.template.spec.containers[0]." + probe + ".httpGet"));
        }
        String image = quarkusContainer.path("image").asText();
        String repository = image.substring(0, image.lastIndexOf(':')).replaceFirst("^docker\\.io/", "");
        assertEquals(repository, baseContainer.path("image").asText(), where(module, "spec.template.spec.containers[0].image"));

        JsonNode quarkusService = find(read(generated), "Service", module);
        JsonNode baseService = find(read(Repo.k8s().resolve("base").resolve(module).resolve("service.yaml")), "Service", module);
        assertEquals(quarkusService.at("/spec/ports"), baseService.at("/spec/ports"), "Service/" + module + ": spec.ports drifted from " + generated);
    }

    private static java.util.Map<String, JsonNode> byName(JsonNode ports) {
        java.util.Map<String, JsonNode> named = new java.util.TreeMap<>();
        ports.forEach(port -> named.put(port.path("name").asText(), port));
        return named;
    }

    private static String where(String module, String field) {
        return "Deployment/" + module + ": " + field + " in k8s/base/" + module + "/deployment.yaml drifted from what "
                + "quarkus-kubernetes generates (" + module + "/target/kubernetes/kubernetes.yml); change "
                + module + "/src/main/kubernetes/kubernetes.yml and the base together";
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static JsonNode find(List<JsonNode> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }
}
