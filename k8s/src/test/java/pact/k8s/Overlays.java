package pact.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders the overlays. Production reads its Secrets from git-ignored files; the tests render a
 * copy of k8s/ in which those files are the committed *.env.example templates (real secret files
 * of a developer's checkout are never copied).
 */
final class Overlays {

    static final List<String> ALL = List.of("dev", "production");
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static String render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Overlays::renderNow);
    }

    static boolean isRelease(String overlay) {
        return overlay.equals("production");
    }

    private static String renderNow(String overlay) {
        Path copy = copyWithExampleSecrets();
        try {
            return Kustomize.render(copy.resolve("overlays").resolve(overlay));
        } finally {
            delete(copy);
        }
    }

    private static Path copyWithExampleSecrets() {
        Path source = Repo.k8s();
        try {
            Path target = Files.createTempDirectory("pact-k8s");
            for (String top : List.of("base", "overlays")) {
                try (Stream<Path> files = Files.walk(source.resolve(top))) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path to = target.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else if (file.getFileName().toString().endsWith(".env.example")) {
                            String name = file.getFileName().toString();
                            Files.copy(file, to.resolveSibling(name.substring(0, name.length() - ".example".length())),
                                    StandardCopyOption.REPLACE_EXISTING);
                        } else if (!file.getFileName().toString().endsWith(".env")) {
                            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
