package dev.briefings.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's own client):
 * open a page at a given width, collect what its console reports, run a script, take a
 * screenshot. Started with the flags a root user on a closed network needs.
 */
final class Chromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path profile;
    private volatile WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    static Chromium start(Path executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("briefings-chromium-");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-color-profile=srgb", "--remote-debugging-port=0",
                "--user-data-dir=" + profile));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox");
        }
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line; (line = err.readLine()) != null; ) {
                    seen.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the browser has gone
            }
            address.completeExceptionally(new IOException("chromium exited before it listened: " + String.join("\n", seen)));
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        String url;
        try {
            url = address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("chromium did not start: " + e.getMessage() + "\n" + String.join("\n", seen), e);
        }
        Chromium chromium = new Chromium(process, profile);
        chromium.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            String message = text.toString();
                            text.setLength(0);
                            chromium.receive(message);
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
        return chromium;
    }

    private void receive(String message) {
        JsonNode node = JSON.readTree(message);
        if (node.has("id")) {
            CompletableFuture<JsonNode> future = pending.remove(node.get("id").asInt());
            if (future != null) {
                future.complete(node);
            }
        } else {
            events.add(node);
        }
    }

    /** Sends a command (to a page session when given) and returns its result, failing on an error. */
    JsonNode send(String session, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode reply;
        try {
            reply = future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer: " + e, e);
        }
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Opens a new tab at a width and height (phone widths as a mobile device), console recorded. */
    Page open(int width, int height, boolean mobile) {
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
        String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asString();
        Page page = new Page(this, session);
        for (String domain : List.of("Page", "Runtime", "Log", "DOM", "CSS")) {
            send(session, domain + ".enable", Map.of());
        }
        page.resize(width, height, mobile);
        return page;
    }

    /** Waits for an event of a session that satisfies a test, up to the timeout. */
    JsonNode await(String session, String method) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : events) {
                if (method.equals(event.path("method").asString()) && session.equals(event.path("sessionId").asString())) {
                    events.remove(event);
                    return event;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no " + method + " within " + TIMEOUT.toSeconds() + " s");
    }

    /** The events of a session so far. */
    List<JsonNode> events(String session) {
        return events.stream().filter(e -> session.equals(e.path("sessionId").asString())).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A tab. */
    static final class Page {
        private final Chromium browser;
        private final String session;

        Page(Chromium browser, String session) {
            this.browser = browser;
            this.session = session;
        }

        String session() {
            return session;
        }

        void resize(int width, int height, boolean mobile) {
            browser.send(session, "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        }

        /** Lays the page out for print ("print") or the screen ("screen"). */
        void media(String media) {
            browser.send(session, "Emulation.setEmulatedMedia", Map.of("media", media));
        }

        /** Loads a URL and waits for its load event. */
        void load(String url) throws InterruptedException {
            browser.send(session, "Page.navigate", Map.of("url", url));
            browser.await(session, "Page.loadEventFired");
        }

        /** Evaluates a script in the page and returns its value. */
        JsonNode evaluate(String expression) {
            JsonNode result = browser.send(session, "Runtime.evaluate",
                    Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** What the page reported as an error: uncaught exceptions, console.error, failed loads. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (JsonNode event : browser.events(session)) {
                String method = event.path("method").asString();
                JsonNode params = event.path("params");
                if (method.equals("Runtime.exceptionThrown")) {
                    errors.add("exception: " + params.path("exceptionDetails").path("exception").path("description")
                            .asString(params.path("exceptionDetails").path("text").asString()));
                } else if (method.equals("Runtime.consoleAPICalled") && params.path("type").asString().equals("error")) {
                    errors.add("console.error: " + params.path("args"));
                } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asString().equals("error")) {
                    errors.add("log: " + params.path("entry").path("text").asString() + " "
                            + params.path("entry").path("url").asString());
                }
            }
            return errors;
        }

        /** The fonts Chromium drew a node's text with, and how many glyphs each drew. */
        Map<String, Integer> fontsOf(String selector) {
            int root = browser.send(session, "DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
            int node = browser.send(session, "DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                    .path("nodeId").asInt();
            Map<String, Integer> fonts = new java.util.LinkedHashMap<>();
            for (JsonNode font : browser.send(session, "CSS.getPlatformFontsForNode", Map.of("nodeId", node)).path("fonts")) {
                fonts.put(font.path("familyName").asString(), font.path("glyphCount").asInt());
            }
            return fonts;
        }

        /** A PNG of the whole page at a width: the viewport is stretched to the page's height first. */
        byte[] screenshot(int width, boolean mobile) {
            int height = evaluate("Math.ceil(document.documentElement.scrollHeight)").asInt();
            resize(width, height, mobile);
            String data = browser.send(session, "Page.captureScreenshot", Map.of("format", "png")).path("data").asString();
            return Base64.getDecoder().decode(data);
        }
    }
}
