package pact.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Renders a kustomize directory with `kubectl kustomize`, the same renderer `kubectl apply -k` uses. */
final class Kustomize {

    private Kustomize() {
    }

    static String render(Path dir) {
        String kubectl = kubectlOrSkip(System.getenv());
        try {
            File errors = File.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                        .redirectError(errors)
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + dir + " did not finish within two minutes");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + dir + " failed: "
                            + Files.readString(errors.toPath(), StandardCharsets.UTF_8).strip());
                }
                return output;
            } finally {
                Files.deleteIfExists(errors.toPath());
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + kubectl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        }
    }

    static String kubectl() {
        return kubectl(System.getenv());
    }

    /**
     * kubectl, or, on a developer's machine without it, a skipped check with a loud warning:
     * the README's test command must pass on a machine that has only a JDK. CI (CI=true), or
     * -Dpact.k8s.require-kubectl=true, makes a missing kubectl a failure, so CI always validates.
     */
    static String kubectlOrSkip(Map<String, String> environment) {
        try {
            return kubectl(environment);
        } catch (AssertionError missing) {
            boolean required = "true".equalsIgnoreCase(environment.get("CI"))
                    || Boolean.getBoolean("pact.k8s.require-kubectl");
            if (required) {
                throw missing;
            }
            System.err.println("WARNING: Kubernetes manifests NOT validated. " + missing.getMessage());
            org.junit.jupiter.api.Assumptions.abort(missing.getMessage());
            return null;
        }
    }

    /** kubectl from $KUBECTL or the PATH of the given environment; a clear failure when there is none. */
    static String kubectl(Map<String, String> environment) {
        String configured = environment.get("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String path = environment.getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry.isEmpty() ? "." : entry, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("kubectl is not on the PATH: the k8s module renders every overlay with "
                + "`kubectl kustomize` (kubectl 1.32 or newer; no cluster needed). Install it "
                + "(https://kubernetes.io/docs/tasks/tools/) or set KUBECTL to its path.");
    }
}
