package dev.switchboard.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "9123456789", "+79123456789"})
    void aRussianNumberInAnyHumanFormatIsTheSameE164(String typed) {
        assertThat(Phones.normalise(typed, "RU")).contains("+79123456789");
    }

    @Test
    void aNumberWithItsCountryCodeIgnoresTheWorkspaceCountry() {
        assertThat(Phones.normalise("+44 20 7946 0958", "RU")).contains("+442079460958");
        assertThat(Phones.normalise("020 7946 0958", "GB")).contains("+442079460958");
    }

    @Test
    void whatIsNotAPhoneIsNothing() {
        assertThat(Phones.normalise("call me", "RU")).isEmpty();
        assertThat(Phones.normalise("12", "RU")).isEmpty();
        assertThat(Phones.normalise("  ", "RU")).isEmpty();
    }

    @Test
    void searchTextHoldsLowerCaseNamesAndPhoneDigits() {
        assertThat(Clients.searchText("Анна Кузнецова", "Anna_K", null, "+79123456789"))
                .isEqualTo("анна кузнецова anna_k 79123456789");
    }
}
