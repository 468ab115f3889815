package pact.stack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code pact down} and {@code pact status}: finds the running launcher by its pid file and
 * stops it; if the launcher itself was killed, stops what it left behind (checked against
 * each process's command line, so an unrelated process that reused a pid is never touched).
 */
final class StackControl {
    private StackControl() {
    }

    static Optional<Long> runningLauncher(Path home) {
        return readPid(home.resolve("pact.pid"))
                .filter(pid -> commandLine(pid).map(cmd -> cmd.contains("local-stack")).orElse(false));
    }

    static void markReady(Path home) throws IOException {
        Files.writeString(home.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
    }

    static void clearPidFile(Path home) {
        try {
            Files.deleteIfExists(home.resolve("pact.pid"));
            Files.deleteIfExists(home.resolve("ready"));
        } catch (IOException e) {
            // stale files are checked against live processes before use
        }
    }

    static int status(Path home) {
        Optional<Long> launcher = runningLauncher(home);
        if (launcher.isEmpty()) {
            System.out.println("PACT is not running.");
            return 3;
        }
        boolean ready = Files.exists(home.resolve("ready"));
        System.out.println("PACT is " + (ready ? "running" : "starting") + " (process " + launcher.get() + ").");
        return 0;
    }

    static int down(Path home) throws InterruptedException {
        Optional<Long> launcher = runningLauncher(home);
        if (launcher.isPresent()) {
            ProcessHandle handle = ProcessHandle.of(launcher.get()).orElseThrow();
            System.out.println("Stopping PACT (process " + launcher.get() + ") ...");
            handle.destroy();
            try {
                handle.onExit().get(90, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                System.out.println("The launcher did not stop in 90 s; stopping its processes directly.");
            }
        }
        int leftovers = stopLeftovers(home);
        clearPidFile(home);
        System.out.println(launcher.isPresent() || leftovers > 0 ? "PACT stopped." : "PACT was not running.");
        return 0;
    }

    /** Child processes and database servers a killed launcher could not stop itself. */
    private static int stopLeftovers(Path home) throws InterruptedException {
        List<ProcessHandle> left = new ArrayList<>();
        for (Path pidFile : list(home.resolve("pids"), "*.pid")) {
            readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("quarkus-run.jar") || c.contains("keycloak"))
                            .orElse(false))
                    .ifPresent(left::add);
            deleteQuietly(pidFile);
        }
        for (Path db : list(home.resolve("db"), "*")) {
            readPid(db.resolve("postmaster.pid")).flatMap(ProcessHandle::of)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(left::add);
        }
        for (ProcessHandle process : left) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (ProcessHandle process : left) {
            try {
                process.onExit().get(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
            }
        }
        return left.size();
    }

    private static Optional<Long> readPid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> commandLine(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine());
    }

    private static List<Path> list(Path dir, String glob) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(found::add);
        } catch (IOException e) {
            // nothing to stop there
        }
        return found;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // harmless
        }
    }
}
