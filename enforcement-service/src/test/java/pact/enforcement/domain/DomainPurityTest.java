package pact.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The statutory rules and lifecycles are plain Java: no framework, persistence or web imports,
 * so they can be read as the law and tested without a container. (ArchUnit is not available
 * offline here, so the check reads the sources.)
 */
class DomainPurityTest {
    static final List<String> FORBIDDEN = List.of("import jakarta.", "import io.quarkus.", "import org.hibernate.",
            "import pact.enforcement.rest", "import pact.enforcement.service", "import pact.enforcement.mapping");

    @Test
    void rules_and_lifecycles_import_no_framework() throws IOException {
        List<String> offences;
        try (Stream<Path> files = Stream.of("rules", "lifecycle").map(p -> Path.of("src/main/java/pact/enforcement/domain", p))
                .flatMap(DomainPurityTest::javaFiles)) {
            offences = files.flatMap(f -> lines(f).stream().filter(l -> FORBIDDEN.stream().anyMatch(l::startsWith))
                    .map(l -> f.getFileName() + ": " + l)).toList();
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void the_check_finds_the_rule_sources() {
        assertEquals(true, javaFiles(Path.of("src/main/java/pact/enforcement/domain/rules")).count() > 5);
    }

    static Stream<Path> javaFiles(Path dir) {
        try {
            return Files.list(dir).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
