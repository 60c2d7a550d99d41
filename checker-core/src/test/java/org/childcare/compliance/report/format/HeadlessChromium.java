package org.childcare.compliance.report.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol with nothing but the JDK's WebSocket and
 * Jackson: starts the browser on a fresh profile with {@code --remote-debugging-port=0}, reads the
 * port from {@code DevToolsActivePort}, opens one page target and attaches to it with a flat
 * session. Every event is kept so a test can inspect console messages, exceptions and requests.
 * {@link #close()} ends the browser process it started (and only its descendants) and removes the
 * profile.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path profile;
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final String session;

    HeadlessChromium(int width, int height) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("chromium-profile-");
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            List<String> lines = List.of();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("chromium exited with " + process.exitValue() + ": " + tail(log));
                }
                if (Files.exists(portFile)) {
                    lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                    if (lines.size() >= 2) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
            if (lines.size() < 2) {
                throw new IOException("chromium wrote no DevToolsActivePort within " + TIMEOUT + ": " + tail(log));
            }
            URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(endpoint, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
            session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            throw new IOException("cannot connect to chromium's DevTools: " + e, e);
        }
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Sends a command to the page. */
    JsonNode page(String method, Map<String, ?> params) throws IOException {
        return send(session, method, params);
    }

    JsonNode page(String method) throws IOException {
        return send(session, method, Map.of());
    }

    private JsonNode send(String sessionId, String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (TimeoutException e) {
            throw new IOException(method + " had no answer within " + TIMEOUT, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(method + " failed: " + e.getCause(), e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    /** Waits for an event of the page that matches, among those already received or still to come. */
    JsonNode await(String method, Predicate<JsonNode> match) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (true) {
                for (JsonNode e : events) {
                    if (method.equals(e.path("method").asText()) && match.test(e.path("params"))) {
                        return e.path("params");
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("no " + method + " within " + TIMEOUT);
                }
                events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Forgets the events received so far, e.g. before navigating again. */
    void clearEvents() {
        synchronized (events) {
            events.clear();
        }
    }

    /** Every event received so far with this method, in order. */
    List<JsonNode> events(String method) {
        synchronized (events) {
            return events.stream().filter(e -> method.equals(e.path("method").asText())).map(e -> e.path("params")).toList();
        }
    }

    /** Evaluates a JavaScript expression in the page and returns its value (serialised by value). */
    JsonNode evaluate(String expression) throws IOException {
        JsonNode result = page("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("evaluation failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Decodes a base64 {@code data} field (screenshots, PDFs) into a file. */
    static void save(JsonNode result, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(result.get("data").asText()));
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        if (process != null) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file the browser still holds: left for the temp cleaner
                }
            });
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        synchronized (events) {
                            events.add(message);
                            events.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
