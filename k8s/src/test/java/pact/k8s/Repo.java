package pact.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root, whether the tests run from Maven (system property) or an IDE. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("pact.repository.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("k8s/base"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (no k8s/base above " + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    static Path k8s() {
        return root().resolve("k8s");
    }
}
