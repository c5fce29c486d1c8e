package dev.switchboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document lists every endpoint of the API, each described, with how to authenticate. */
@IntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsInTheDocumentWithADescription() {
        Api.Response answer = new Api(port).get("/api/v1/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode doc = answer.json();
        assertThat(doc.at("/info/title").asString()).isEqualTo("Switchboard API");
        assertThat(doc.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");

        List<String> missing = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/openapi") || path.startsWith("/api/v1/docs")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    JsonNode operation = doc.path("paths").path(path).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path);
                    } else if (operation.path("summary").asString("").isBlank()
                            && operation.path("description").asString("").isBlank()) {
                        undescribed.add(method + " " + path);
                    }
                    JsonNode body = operation.at("/requestBody/content/application~1json");
                    if (!body.isMissingNode() && body.path("example").isMissingNode()) {
                        withoutExample.add(method + " " + path);
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from the document").isEmpty();
        assertThat(undescribed).as("endpoints without a description").isEmpty();
        assertThat(withoutExample).as("JSON request bodies without an example").isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1chats~1{id}~1messages/post/description").asString())
                .contains("Idempotency-Key");
        assertThat(doc.at("/paths/~1api~1v1~1chats~1{id}~1messages/post/requestBody/content/application~1json/example/text")
                .asString()).as("a realistic example").startsWith("Здравствуйте");
        assertThat(doc.at("/paths/~1api~1v1~1webhooks/post/requestBody/content/application~1json/example/events/0")
                .asString()).isEqualTo("chat.created");
    }
}
