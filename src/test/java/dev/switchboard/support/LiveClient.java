package dev.switchboard.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/** A WebSocket client of the live stream that keeps every frame it gets. */
public final class LiveClient implements AutoCloseable {

    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    public LiveClient(int port, String token) {
        this(HttpClient.newHttpClient().newWebSocketBuilder(), URI.create("ws://localhost:" + port + "/api/v1/stream?token=" + token));
    }

    /** Connected as a signed-in browser, with its session cookie. */
    public LiveClient(int port, Api browser) {
        this(HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", browser.cookieHeader()),
                URI.create("ws://localhost:" + port + "/api/v1/stream"));
    }

    private LiveClient(WebSocket.Builder builder, URI uri) {
        StringBuilder partial = new StringBuilder();
        socket = builder
                .buildAsync(uri,
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    frames.add(Api.JSON.readTree(partial.toString()));
                                    partial.setLength(0);
                                }
                                ws.request(1);
                                return null;
                            }
                        })
                .join();
    }

    public List<JsonNode> frames() {
        return frames;
    }

    public List<JsonNode> frames(String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asString())).toList();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
