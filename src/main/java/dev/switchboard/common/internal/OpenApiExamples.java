package dev.switchboard.common.internal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Puts a realistic request body from {@code openapi/examples.json} on the operations it names ("METHOD path"). */
@Component
class OpenApiExamples implements OpenApiCustomizer {

    private final Map<String, Object> examples;

    OpenApiExamples(JsonMapper json) {
        try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
            this.examples = json.readValue(in, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                example(method, path, operation)));
    }

    private void example(PathItem.HttpMethod method, String path, Operation operation) {
        Object example = examples.get(method.name() + " " + path);
        if (example == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json != null) {
            json.setExample(example);
        }
    }
}
