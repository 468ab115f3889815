package pact.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process of the stack (Keycloak, a service), its log file and its readiness check. */
final class ManagedProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ManagedProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
            StackLayout layout) {
        try {
            Path log = layout.log(name);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pidFile = layout.childPids().resolve(name + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ManagedProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new StackFailure("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the URL answers 200, failing early with the log's tail if the process dies. */
    void awaitReady(String url, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackFailure(name + " stopped during start-up (exit " + process.exitValue() + "). "
                        + "Last lines of " + log + ":\n" + tail(40));
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackFailure("Interrupted while waiting for " + name);
            }
            sleep(500);
        }
        throw new StackFailure(name + " was not ready within " + timeout.toSeconds() + " s. Last lines of " + log
                + ":\n" + tail(40));
    }

    long pid() {
        return process.pid();
    }

    /** Kills the process at once (SIGKILL), as a crash would, and waits for it to be gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // a stale pid file is checked against the command line before it is used
        }
    }

    /** Asks the process to stop (SIGTERM), and kills it if it has not within the grace period. */
    void stop(Duration grace) {
        if (process.isAlive()) {
            // a launcher script (kc.sh) forwards SIGTERM to its java child; the child is ended too in case it does not
            List<ProcessHandle> descendants = process.descendants().toList();
            process.destroy();
            descendants.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    descendants.forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                for (ProcessHandle child : descendants) {
                    child.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                descendants.forEach(ProcessHandle::destroyForcibly);
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // a stale pid file is checked against the command line before it is used
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted");
        }
    }
}
