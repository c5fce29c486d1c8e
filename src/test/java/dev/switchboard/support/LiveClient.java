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
    private volatile Integer closedWith;
    private final WebSocket socket;

    public LiveClient(int port, String token) {
        this(HttpClient.newHttpClient().newWebSocketBuilder(), URI.create("ws://localhost:" + port + "/api/v1/stream?token=" + token));
    }

    /** Connected as a signed-in browser, with its session cookie. */
    public LiveClient(int port, Api browser) {
        this(HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", browser.cookieHeader()),
                URI.create("ws://localhost:" + port + "/api/v1/stream"));
    }

    /**
     * A widget visitor's window on a page of {@code origin}: connected to the widget's live
     * endpoint, its token sent first as {@code widget.js} sends it.
     */
    public static LiveClient visitor(int port, String channelId, String origin, String token) {
        LiveClient client = new LiveClient(HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin),
                URI.create("ws://localhost:" + port + "/widget/v1/" + channelId + "/live"));
        client.send(java.util.Map.of("type", "auth", "token", token));
        return client;
    }

    public void send(Object frame) {
        socket.sendText(Api.JSON.writeValueAsString(frame), true).join();
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

                            @Override
                            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                                closedWith = statusCode;
                                return null;
                            }
                        })
                .join();
    }

    /** The code the server closed the socket with, or null while it is open. */
    public Integer closedWith() {
        return closedWith;
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
