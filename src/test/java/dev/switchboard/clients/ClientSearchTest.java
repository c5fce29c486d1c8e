package dev.switchboard.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientSearchTest {

    @Test
    void aPhoneInAnyHumanFormatIsSearchedInItsStoredForm() {
        assertThat(ClientSearch.patterns("+7 (912) 345-67-89", "RU")).contains("%79123456789%");
        assertThat(ClientSearch.patterns("8 912 345 67 89", "RU")).contains("%79123456789%");
        assertThat(ClientSearch.patterns("912345", "RU")).contains("%912345%");
        assertThat(ClientSearch.patterns("8912345", "RU")).contains("%7912345%");
    }

    @Test
    void aNameIsSearchedInAnyCaseAndItsWildcardsAreTakenLiterally() {
        assertThat(ClientSearch.patterns("  ПеТрОва ", "RU")).containsExactly("%петрова%");
        assertThat(ClientSearch.patterns("anna_k", "RU")).containsExactly("%anna\\_k%");
        assertThat(ClientSearch.patterns("100%", "RU")).containsExactly("%100\\%%");
    }

    @Test
    void tooShortATextDoesNotSearch() {
        assertThat(ClientSearch.patterns("a", "RU")).isEmpty();
        assertThat(ClientSearch.patterns("+7", "RU")).isEmpty();
    }
}
