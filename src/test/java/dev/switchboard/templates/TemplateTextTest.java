package dev.switchboard.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are filled in; an empty one leaves no stray space or comma; unknown braces stay. */
class TemplateTextTest {

    @Test
    void fillsEveryPlaceholder() {
        String text = "Здравствуйте, {client.firstName}! Это {operator.name} из «{workspace.name}». Ваш номер {client.phone}.";
        assertThat(TemplateText.render(text, Map.of("client.firstName", "Анна", "operator.name", "Олег Петров",
                "workspace.name", "Цветы", "client.phone", "+79123456789")))
                .isEqualTo("Здравствуйте, Анна! Это Олег Петров из «Цветы». Ваш номер +79123456789.");
    }

    @Test
    void anEmptyValueLeavesNoGap() {
        assertThat(TemplateText.render("Hello, {client.name}!", Map.of())).isEqualTo("Hello!");
        assertThat(TemplateText.render("Dear {client.name}, thanks", Map.of())).isEqualTo("Dear, thanks");
        assertThat(TemplateText.render("Hi {client.name} and welcome", Map.of())).isEqualTo("Hi and welcome");
        assertThat(TemplateText.render("{ client.name }", Map.of("client.name", "Ann"))).isEqualTo("Ann");
    }

    @Test
    void unknownBracesAndSpecialCharactersStayAsWritten() {
        assertThat(TemplateText.render("Code {promo.code} for {client.name}", Map.of("client.name", "$1 \\ Ann")))
                .isEqualTo("Code {promo.code} for $1 \\ Ann");
        assertThat(TemplateText.firstName("  Анна Петрова ")).isEqualTo("Анна");
    }
}
