package pact.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks catch what they claim to: each file in broken/ is valid/app.yaml with one defect, and
 * declares (`# expect:`) the message that must name the object and the field.
 */
class BrokenManifestTest {

    @Test
    void the_valid_app_passes_every_check_so_each_broken_variant_fails_for_its_own_defect() throws Exception {
        Problems problems = ManifestValidator.validate(Files.readString(resource("valid/app.yaml")), new Policies.Options(true));
        assertEquals(List.of(), problems.lines());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void a_broken_manifest_fails_with_a_message_naming_the_object_and_the_field(String name) throws Exception {
        String yaml = Files.readString(resource("broken/" + name));
        String expected = header(yaml, "# expect: ");
        boolean release = "true".equals(header(yaml, "# release: "));

        Problems problems = ManifestValidator.validate(yaml, new Policies.Options(release));

        assertTrue(problems.lines().stream().anyMatch(line -> line.startsWith(expected)),
                () -> "expected a problem starting with\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems.lines()));
        AssertionError failure = assertThrows(AssertionError.class, () -> problems.assertNone(name));
        assertTrue(failure.getMessage().contains(expected), failure::getMessage);
    }

    @Test
    void a_release_only_defect_passes_in_dev() throws Exception {
        String yaml = Files.readString(resource("broken/snapshot-in-production.yaml"));
        assertEquals(List.of(), ManifestValidator.validate(yaml, new Policies.Options(false)).lines());
    }

    @Test
    void a_kustomization_that_does_not_build_fails_with_kubectls_reason() throws Exception {
        Path dir = resource("broken-kustomization");
        AssertionError failure = assertThrows(AssertionError.class, () -> Kustomize.render(dir));
        assertTrue(failure.getMessage().startsWith("kubectl kustomize " + dir + " failed: "), failure::getMessage);
        assertTrue(failure.getMessage().contains("missing-deployment.yaml"), failure::getMessage);
    }

    @Test
    void without_kubectl_the_build_says_what_to_install(@TempDir Path emptyDir) {
        AssertionError failure = assertThrows(AssertionError.class, () -> Kustomize.kubectl(Map.of("PATH", emptyDir.toString())));
        assertTrue(failure.getMessage().startsWith("kubectl is not on the PATH: the k8s module renders every overlay"), failure::getMessage);
        assertEquals("/opt/kubectl", Kustomize.kubectl(Map.of("PATH", emptyDir.toString(), "KUBECTL", "/opt/kubectl")));
        // in CI a missing kubectl fails the build; elsewhere the rendering checks are skipped, loudly
        assertThrows(AssertionError.class, () -> Kustomize.kubectlOrSkip(Map.of("PATH", emptyDir.toString(), "CI", "true")));
        assertThrows(org.opentest4j.TestAbortedException.class,
                () -> Kustomize.kubectlOrSkip(Map.of("PATH", emptyDir.toString())));
    }

    static Stream<String> brokenManifests() throws Exception {
        try (Stream<Path> files = Files.list(resource("broken"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
            if (names.size() < 30) {
                throw new IllegalStateException("expected the broken/ fixtures on the test class path, found " + names);
            }
            return names.stream();
        }
    }

    private static String header(String yaml, String prefix) {
        return yaml.lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()).strip())
                .findFirst().orElse(null);
    }

    private static Path resource(String name) throws IOException, URISyntaxException {
        return Path.of(Objects.requireNonNull(BrokenManifestTest.class.getClassLoader().getResource(name), name).toURI());
    }
}
