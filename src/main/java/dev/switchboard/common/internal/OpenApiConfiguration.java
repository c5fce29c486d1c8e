package dev.switchboard.common.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's cover: what the API is, how to authenticate. Each operation is
 * described by its controller method's Javadoc, kept at run time.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI switchboardApi() {
        return new OpenAPI()
                .info(new Info().title("Switchboard API").version("v1").description("""
                        The omnichannel inbox over HTTP: channels and their hooks, chats, messages, clients, \
                        team, catalogues and outgoing webhooks. Authenticate with an API token \
                        (`Authorization: Bearer <token>`, from Settings → API or `POST /api/v1/tokens`); the web app \
                        uses its session cookie plus the `X-XSRF-TOKEN` header on every change. Lists are \
                        keyset-paged: pass a page's `nextCursor` as `cursor` for the next one. Errors are \
                        `application/problem+json` with a `detail` and, for bad fields, `errors: [{field, message}]`. \
                        A chat or resource of another workspace, or one the caller may not see, answers 404."""))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token; it acts as the workspace's admin"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SWITCHBOARD_SESSION")
                                .description("The web app's session, with the X-XSRF-TOKEN header on changes")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
